/**
 * Only a supervisor sets aside missing consent (issue 9 on issue 7's send): a staff member is
 * told who may, and the override a supervisor records is in the signed-in supervisor's name.
 */
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { createCase, EN } from '../pages/casePages';
import { addStaff, signIn, signOut } from '../pages/session';
import { nav, setUpInEnglish } from '../pages/shell';
import { addPartnerFromCard, ownFingerprint, savePartnerCard, SHARING } from '../pages/sharing';

const POLICE = 'Almaly District Police';
const CRISIS = 'Shanyrak Crisis Centre';
const DANA = { name: 'Dana Omarova', role: 'Staff', passphrase: 'harbour violet kettle summer' } as const;
const BOLAT = {
  name: 'Bolat Serikov',
  role: 'Supervisor',
  passphrase: 'granite meadow lantern echo',
} as const;

test('a send without consent is overridden only by a supervisor, in their own name', async ({ launch }) => {
  test.setTimeout(180_000);
  const a = await launch();
  const b = await launch();
  await setUpInEnglish(a, { agency: POLICE, staff: 'Aigerim Seitkali' });
  await setUpInEnglish(b, { agency: CRISIS, staff: 'Madina Ermekova', kind: 'Crisis centre' });
  const card = join(a.dataDir, 'crisis.caseline-partner');
  await savePartnerCard(b, card);
  await addPartnerFromCard(a, card, CRISIS, await ownFingerprint(b.page));
  const { page } = a;
  await nav(page).getByRole('link', { name: 'Cases' }).click();
  await createCase(page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  await addStaff(a, DANA);
  await addStaff(a, BOLAT);

  const overrideDialog = async () => {
    await nav(page).getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('row').filter({ hasText: 'Saule Bekova' }).click();
    await page.getByRole('button', { name: SHARING.send }).click();
    const send = page.getByRole('dialog', { name: 'Send the case to partners' });
    await send.getByRole('checkbox', { name: CRISIS }).check();
    await expect(send).toContainText('no valid consent to share with it');
    await send.getByRole('button', { name: 'Supervisor’s override…' }).click();
    return page.getByRole('dialog', { name: `Supervisor’s override for ${CRISIS}` });
  };

  await signOut(a);
  await signIn(a, DANA.passphrase, DANA.name);
  let dialog = await overrideDialog();
  await expect(dialog.getByRole('alert')).toHaveText('Only a supervisor may record an override.');
  await expect(dialog.getByRole('button', { name: 'Record the override' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.keyboard.press('Escape');

  await signOut(a);
  await signIn(a, BOLAT.passphrase, BOLAT.name);
  dialog = await overrideDialog();
  await expect(dialog.getByLabel('Supervisor')).toHaveValue(BOLAT.name);
  await expect(dialog.getByLabel('Supervisor')).not.toBeEditable();
  await dialog.getByLabel('Legal ground').fill('Written request of the guardianship authority');
  await dialog.getByRole('button', { name: 'Record the override' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Send the case to partners' })).toContainText(
    'allowed today by a supervisor’s override',
  );
  await page.keyboard.press('Escape');
  const entry = page
    .locator('.timeline article.entry')
    .filter({ hasText: 'Sharing override by a supervisor' });
  await expect(entry).toContainText(BOLAT.name);
});
