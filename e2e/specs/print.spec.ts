import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { kzDottedDate } from '../dates';
import { typeDate } from '../pages/entryForm';
import { test, expect } from '../fixtures';
import { EN, KK, createCase, startEntry } from '../pages/casePages';
import { setUp, setUpInEnglish } from '../pages/shell';

/** The text of a saved PDF, as pdftotext extracts it (what a reader's search would find). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

test('the case summary for the meeting leaves out internal entries and contacts; the own-agency copy has them', async ({
  app,
}) => {
  const { page } = app;
  await setUpInEnglish(app, { agency: 'Almaly District Police', staff: 'Nurlan Zhumagaliyev' });
  await page.getByRole('button', { name: EN.newCase }).first().click();
  const victim = page.locator('fieldset.person').nth(0);
  await victim.getByLabel(EN.name).fill('Aigerim Seitkali');
  await victim.getByLabel(EN.phone).fill('+7 701 555 12 34');
  await victim.getByLabel('Address').fill('12 Zhibek Zholy, flat 40');
  await page.getByRole('button', { name: EN.createCase }).click();
  await expect(page.locator('.case-title h1')).toBeVisible();

  let dialog = await startEntry(page, EN, EN.kinds.incident, 'Shared: threatened her with a knife.');
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(dialog).toBeHidden();
  dialog = await startEntry(
    page,
    EN,
    'Police call-out or home visit',
    'Internal: informant next door is the landlord.',
  );
  await dialog.getByLabel('My agency only').check();
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(dialog).toBeHidden();
  // An internal action, and a shared entry that refers to it: the reference must not tell.
  dialog = await startEntry(page, EN, EN.kinds.actionAssigned, 'Internal plan.');
  await dialog.getByLabel(EN.fields.action, { exact: true }).fill('Move her to the flat on Tole bi');
  await dialog.getByLabel(EN.fields.ownerAgency).selectOption({ label: 'Police' });
  await typeDate(dialog, EN.fields.dueOn, kzDottedDate(5));
  await dialog.getByLabel('My agency only').check();
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(dialog).toBeHidden();
  dialog = await startEntry(page, EN, 'Action done', 'Shared: done as agreed.');
  await dialog.getByLabel(EN.fields.action, { exact: true }).selectOption({ index: 1 });
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(page.locator('.timeline article.entry')).toHaveCount(4);

  // Ctrl+P asks who the document is for; the meeting is the default; Enter saves a PDF.
  const forMeeting = join(app.dataDir, 'summary-meeting.pdf');
  await app.dialogs.nextSave(forMeeting);
  await page.keyboard.press('Control+p');
  dialog = page.getByRole('dialog', { name: 'Print the case summary' });
  await expect(dialog.getByLabel('The multi-agency case meeting')).toBeChecked();
  await expect(dialog.getByLabel('The multi-agency case meeting')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Saved: ${forMeeting}` })).toBeVisible();
  const shared = pdfText(forMeeting);
  expect(shared).toContain('Case summary');
  expect(shared).toContain('CONFIDENTIAL');
  expect(shared).toContain('Aigerim Seitkali');
  expect(shared).toContain('Shared: threatened her with a knife.');
  expect(shared).toContain('Shared: done as agreed.');
  expect(shared).toContain('2 entries are not for this audience and are left out.');
  expect(shared).not.toContain('Internal: informant');
  expect(shared).not.toContain('Tole bi');
  expect(shared).not.toContain('+7 701 555 12 34');
  expect(shared).not.toContain('Zhibek Zholy');

  const forUs = join(app.dataDir, 'summary-own.pdf');
  await app.dialogs.nextSave(forUs);
  await page.getByRole('button', { name: 'Print summary' }).click();
  dialog = page.getByRole('dialog', { name: 'Print the case summary' });
  await dialog.getByLabel('My agency only').check();
  await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved: ${forUs}` })).toBeVisible();
  const own = pdfText(forUs);
  expect(own).toContain('Internal: informant next door is the landlord.');
  expect(own).toContain('+7 701 555 12 34');
  expect(own).toContain('12 Zhibek Zholy, flat 40');
  expect(own).toContain('Move her to the flat on Tole bi');

  // Cancelling the save dialog writes nothing and says nothing.
  const before = await readdir(app.dataDir);
  await app.dialogs.nextSave(null);
  await page.getByRole('button', { name: 'Print summary' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText('Preparing the document…')).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);
  expect(await readdir(app.dataDir)).toEqual(before);
  await page.getByRole('button', { name: 'Print summary' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Print…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the printer.' })).toBeVisible();
  await expect.poll(() => app.printer.printed.length).toBe(1);
  await expect.poll(() => app.dialogs.shown).toEqual(['Case summary', 'Case summary', 'Case summary']);
});

test('a summary printed in Kazakh keeps its Kazakh letters in the PDF', async ({ app }) => {
  const { page } = app;
  await setUp(app, 'Қазақша', { agency: 'Алмалы аудандық полиция басқармасы', staff: 'Нұрлан Жұмағалиев' });
  await createCase(page, KK, [{ role: 'victim', name: 'Гүлнар Әбенова' }]);
  const dialog = await startEntry(page, KK, KK.kinds.incident, 'Күйеуі қорқытты, көршілер куә болды.');
  await dialog.getByRole('button', { name: KK.saveEntry }).click();
  const path = join(app.dataDir, 'жиынтық.pdf');
  await app.dialogs.nextSave(path);
  await page.getByRole('button', { name: 'Жиынтықты басып шығару' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'PDF ретінде сақтау…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сақталды' })).toBeVisible();
  const text = pdfText(path);
  expect(text).toContain('Іс бойынша жиынтық');
  expect(text).toContain('Гүлнар Әбенова');
  expect(text).toContain('Күйеуі қорқытты, көршілер куә болды.');
  expect(text).toContain('Іске қатысушылар');
});
