/**
 * Who sent a bundle, and files that must not be taken in: the first bundle of an agency asks to
 * compare its fingerprint by phone; a known agency signing with another key (it lost its key and
 * made a new one) is warned about, and nothing merges until a person decides; a bad file, opened
 * from the menu or dropped on the window, says what is wrong and changes nothing; text in a
 * bundle is shown as text, HTML and script included.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AgencyRef } from '../../shared/domain/agencies';
import { polyclinicBundle } from '../bundleFiles';
import { test, expect } from '../fixtures';
import { createCase, EN } from '../pages/casePages';
import { setUpInEnglish } from '../pages/shell';
import { signIn } from '../pages/session';
import {
  addPartnerFromCard,
  openBundle,
  ownFingerprint,
  recordConsent,
  savePartnerCard,
  sendCase,
  SHARING,
  takeIn,
} from '../pages/sharing';

const POLICE = 'Almaly District Police';
const CRISIS = 'Shanyrak Crisis Centre';
const PASS = 'tau-samal-2026';

async function agencyOf(app: { storedIdentity(): Promise<Record<string, unknown>> }): Promise<AgencyRef> {
  const { id, name, kind } = (await app.storedIdentity()).agency as AgencyRef;
  return { id, name, kind };
}

/** The number of entries on the open case's timeline, as its heading says. */
function entryCount(page: Page) {
  return page.getByRole('region', { name: 'Timeline' }).getByText(/^\d+ entr(y|ies)$/);
}

test('a first bundle asks to compare the fingerprint; a known agency’s new key stops everything until decided', async ({
  launch,
}) => {
  test.setTimeout(240_000);
  const a = await launch();
  const b = await launch();
  await setUpInEnglish(a, { agency: POLICE, staff: 'Aigerim Seitkali' });
  await setUpInEnglish(b, { agency: CRISIS, staff: 'Dana Omarova', kind: 'Crisis centre' });
  const file = (name: string) => join(a.dataDir, name);

  await savePartnerCard(a, file('police.caseline-partner'));
  await addPartnerFromCard(b, file('police.caseline-partner'), POLICE, await ownFingerprint(a.page));
  const first = await ownFingerprint(b.page);
  await b.page.getByRole('link', { name: 'Cases' }).click();
  await createCase(b.page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  await recordConsent(b.page, POLICE);
  await sendCase(b, POLICE, PASS, file('b1.caseline'));

  await test.step('A has never heard from B: it compares the fingerprint, then trusts', async () => {
    await openBundle(a, file('b1.caseline'), PASS);
    const trust = a.page.getByRole('dialog', { name: `A new partner: ${CRISIS}` });
    await expect(trust.locator('code.fingerprint')).toHaveText(first);
    await trust.getByRole('button', { name: SHARING.trust(CRISIS) }).click();
    await takeIn(a.page, 1);
    await expect(entryCount(a.page)).toHaveText('1 entry');
  });

  await test.step('B loses its identity file and makes a new key; its next bundle is stopped at A', async () => {
    await b.close({ keepData: true });
    await rm(join(b.dataDir, 'identity.json'));
    const b2 = await launch({ dataDir: b.dataDir });
    await signIn(b2, undefined, undefined, 'identity');
    await b2.page.getByRole('button', { name: 'Create a new signing key for this agency' }).click();
    const second = await ownFingerprint(b2.page);
    expect(second).not.toBe(first);
    await b2.page.getByRole('link', { name: 'Cases' }).click();
    await b2.page.getByText('Saule Bekova').click();
    await sendCase(b2, POLICE, PASS, file('b2.caseline'));

    await openBundle(a, file('b2.caseline'), PASS);
    const warning = a.page.getByRole('dialog', { name: `${CRISIS} now signs with another key` });
    await expect(warning).toContainText('Nothing in this file is taken in until you decide.');
    await expect(warning.locator('code.fingerprint')).toHaveText([first, second]);
    await warning.getByRole('button', { name: 'Refuse this key' }).click();
    await expect(a.page.getByRole('alert')).toContainText(
      `This bundle is signed with a key of ${CRISIS} that was refused here on`,
    );
    await expect(a.page.getByRole('alert')).toContainText('Nothing was changed in your cases.');
    await a.page.getByRole('link', { name: 'Cases' }).click();
    await a.page.getByText('Saule Bekova').click();
    await expect(entryCount(a.page)).toHaveText('1 entry');
  });
});

test('a bad file says what is wrong and changes nothing, opened from the menu or dropped on the window', async ({
  app,
}) => {
  await setUpInEnglish(app, { agency: POLICE, staff: 'Aigerim Seitkali' });
  await createCase(app.page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  const police = await agencyOf(app);

  await test.step('from the menu: a document that is not a bundle', async () => {
    const path = join(app.dataDir, 'minutes.caseline');
    await writeFile(path, 'Minutes of the meeting of 12 March');
    await app.dialogs.nextOpen(path);
    await app.runMenuCommand('bundle-open');
    const refused = app.page.getByRole('alert');
    await expect(refused).toContainText('This file was not taken in');
    await expect(refused).toContainText(
      'This file is not a Caseline bundle: it cannot be read as one. It may be another kind of document, or damaged.',
    );
    await expect(refused).toContainText('Nothing was changed in your cases.');
  });

  await test.step('dropped on the window: an entry changed after it was signed', async () => {
    const text = await polyclinicBundle(police, 'Bruises on both forearms.');
    const tampered = text.replace('Bruises on both forearms.', 'No injuries.');
    await app.page.getByRole('link', { name: 'Cases' }).click();
    await dropFile(app.page, 'from-polyclinic.caseline', tampered);
    await expect(app.page.getByRole('heading', { name: 'Receiving from-polyclinic.caseline' })).toBeVisible();
    await expect(app.page.getByRole('alert')).toContainText(
      'An entry was changed after it was written: its content no longer matches its hash. The file was tampered with or damaged.',
    );
    await expect(app.page.getByRole('alert')).toContainText('In entry 1 of the file.');
  });

  await test.step('nothing of either file is stored', async () => {
    await app.page.getByRole('link', { name: 'Cases' }).click();
    await expect(app.page.locator('.grid-body .grid-row')).toHaveCount(1);
    await app.page.getByRole('link', { name: SHARING.exchange }).click();
    await expect(app.page.getByText('Nothing sent or received yet.')).toBeVisible();
  });

  await test.step('HTML and script in a bundle are shown as text', async () => {
    const html = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
    await dropFile(app.page, 'html.caseline', await polyclinicBundle(police, html));
    await app.page
      .getByRole('dialog', { name: 'A new partner: City Polyclinic No. 4' })
      .getByRole('button', { name: SHARING.trust('City Polyclinic No. 4') })
      .click();
    await takeIn(app.page, 1);
    await expect(app.page.locator('.timeline article.entry .narrative')).toHaveText(html);
    await expect(app.page.locator('.timeline article.entry img')).toHaveCount(0);
    expect(await app.page.title()).toBe('Caseline');
  });

  expect(await readFile(join(app.dataDir, 'minutes.caseline'), 'utf8')).toBe(
    'Minutes of the meeting of 12 March',
  );
});

/** Drops a file with `text` on the window, as a person dragging it from a folder would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/octet-stream' }));
      return dt;
    },
    [name, text] as const,
  );
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('main', type, { dataTransfer: transfer });
}
