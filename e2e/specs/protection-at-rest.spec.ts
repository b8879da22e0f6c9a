/**
 * Encryption at rest (issue 9): nothing typed about a person can be found in the files of the
 * data folder — and the same search does find it in data as it was stored before encryption,
 * so the search itself is shown to work. Data from before is encrypted at the first sign-in,
 * resumably.
 */
import { relative } from 'node:path';
import { test, expect } from '../fixtures';
import { benchSettings } from '../bench/settings';
import { EN, startEntry } from '../pages/casePages';
import { appState, TEST_PASSPHRASE } from '../pages/session';
import { nav, setUpInEnglish } from '../pages/shell';
import { filesOf, findInFolder, storedSealedValues, uniqueIin, uniqueName } from '../scenarios/dataFolder';
import { legacyCase, writeRaw } from '../scenarios/legacyData';

test('a victim’s name and IIN are in no file of the data folder: IndexedDB, settings, keys, identity, logs', async ({
  launch,
}) => {
  const name = uniqueName();
  const iin = uniqueIin();
  const app = await launch();
  const { page } = app;
  await setUpInEnglish(app);

  // Typed into the new case form, an entry, the cases search, and a draft kept over a lock.
  await page.getByRole('button', { name: 'New case' }).first().click();
  const victim = page.locator('fieldset.person').first();
  await victim.getByLabel('Full name').fill(name);
  await victim.getByLabel('Notes').fill(`ИИН ${iin}`);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.locator('.case-title')).toContainText(name);
  const dialog = await startEntry(page, EN, 'Note', `${name} (ИИН ${iin}) moved to her sister`);
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(page.locator('.timeline article.entry').first()).toContainText(iin);
  await startEntry(page, EN, 'Note', `Draft about ${name}`);
  await page.keyboard.press('Control+l');
  await page.locator('input[name="passphrase"]').fill(TEST_PASSPHRASE);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole('dialog').getByLabel(EN.narrative)).toHaveValue(`Draft about ${name}`);
  await page.getByRole('dialog').getByRole('button', { name: EN.saveEntry }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await nav(page).getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('searchbox').fill(name);
  await expect(page.locator('.grid-body .grid-row')).toHaveCount(1);
  // A link that would carry the name out is refused, and the log names only where it led.
  await page.evaluate((n) => {
    window.location.href = `https://example.org/find?name=${encodeURIComponent(n)}`;
  }, name);
  await expect.poll(() => app.blocked).toContain('https://example.org');
  await app.close({ keepData: true });

  const files = await filesOf(app.dataDir);
  // The search covers every kind of file the app keeps.
  expect(files.some((f) => /IndexedDB/.test(f))).toBe(true);
  for (const kept of [
    // The shell's own name for it (settings.json in the harness, caseline.json in Electron).
    relative(app.dataDir, app.settingsFile),
    'keyring.json',
    'identity.json',
    'audit-head.json',
    'logs/caseline.log',
  ])
    expect(files).toContain(kept);
  expect(await findInFolder(app.dataDir, [name, iin])).toEqual([]);
});

test('data stored before encryption is found by the same search, then encrypted at the first sign-in, resumably', async ({
  launch,
}) => {
  const name = uniqueName();
  const iin = uniqueIin();
  // An installation from before staff accounts: its settings, and its cases as it stored them.
  const first = await launch({ settings: benchSettings(), passphrase: null });
  await first.page.locator('html[data-app-state="account"]').waitFor();
  await writeRaw(first.page, await legacyCase('POL-2025-0001', name, `ИИН ${iin}`, 1));
  // Enough to take a while to encrypt, so stopping half-way can be seen.
  await writeRaw(first.page, await legacyCase('POL-2025-0002', uniqueName(), '', 12_000));
  await first.close({ keepData: true });
  expect(await findInFolder(first.dataDir, [name, iin])).toEqual(
    expect.arrayContaining([expect.stringContaining(name), expect.stringContaining(iin)]),
  );

  // The staff member becomes the administrator; encrypting starts — and the app is closed.
  const second = await launch({ dataDir: first.dataDir });
  await second.page.locator('html[data-app-state="account"]').waitFor();
  await second.page.locator('input[name="new-passphrase"]').fill(TEST_PASSPHRASE);
  await second.page.locator('input[name="new-passphrase-repeat"]').fill(TEST_PASSPHRASE);
  await second.page.locator('form button[type="submit"]').click();
  await second.page.locator('html[data-app-state="encrypting"]').waitFor();
  await expect(second.page.getByRole('status')).toHaveText(/^[1-9]\d*\D+\d+/);
  await second.close({ keepData: true });

  // Half done: some values encrypted, some not yet; the next sign-in carries on.
  const third = await launch({ dataDir: first.dataDir });
  const sealed = await storedSealedValues(third.page);
  const encrypted = sealed.filter((s) => s.startsWith('c1.')).length;
  expect(encrypted).toBeGreaterThan(0);
  expect(encrypted).toBeLessThan(sealed.length);
  await third.page.locator('html[data-app-state="sign-in"]').waitFor();
  await third.page.locator('input[name="passphrase"]').fill(TEST_PASSPHRASE);
  await third.page.locator('form button[type="submit"]').click();
  await third.page.locator('html[data-app-state="ready"]').waitFor({ timeout: 120_000 });
  expect(await appState(third.page)).toBe('ready');
  const after = await storedSealedValues(third.page);
  expect(after.length).toBe(sealed.length);
  expect(after.every((s) => s.startsWith('c1.'))).toBe(true);
  // Everything reads as before.
  await third.page.getByRole('searchbox').fill(name.split(' ')[0]!);
  await third.page.getByRole('row').filter({ hasText: name }).click();
  await expect(third.page.locator('.case-title')).toContainText(name);
  await expect(third.page.locator('.timeline article.entry')).toContainText(`Беседа с ${name}`);
});
