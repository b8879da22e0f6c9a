import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { createCase, EN } from '../pages/casePages';
import { signIn } from '../pages/session';
import { nav, setUpInEnglish } from '../pages/shell';

const AGENCY = 'Almaly District Police';

type StoredIdentity = { agency: { id: string; name: string }; fingerprint: string };

test('losing the settings file keeps the office its agency and its staff: they only sign in again', async ({
  launch,
}) => {
  const first = await launch();
  await setUpInEnglish(first);
  await createCase(first.page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  const before = (await first.storedIdentity()) as StoredIdentity;
  await first.close({ keepData: true });
  await rm(first.settingsFile);

  const second = await launch({ dataDir: first.dataDir });
  const { page } = second;
  await expect(page.getByLabel('Your agency')).toHaveCount(0);
  await signIn(second);
  await expect(nav(page)).toContainText(AGENCY);
  await expect(nav(page)).toContainText('Aigerim Seitkali');
  await expect(page.getByText('Saule Bekova')).toBeVisible();
  expect(await second.storedIdentity()).toMatchObject({
    agency: before.agency,
    fingerprint: before.fingerprint,
  });
});

test('a lost identity file never makes a new agency: the same agency gets a new signing key', async ({
  launch,
}) => {
  const first = await launch();
  await setUpInEnglish(first);
  await createCase(first.page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  const before = (await first.storedIdentity()) as StoredIdentity;
  await first.close({ keepData: true });
  await rm(join(first.dataDir, 'identity.json'));

  const second = await launch({ dataDir: first.dataDir });
  const { page } = second;
  // Only an administrator re-creates the key: after signing in.
  await signIn(second, undefined, undefined, 'identity');
  await expect(page.getByRole('heading', { name: 'This office’s signing key is missing' })).toBeVisible();
  await expect(page.getByText(AGENCY)).toBeVisible();
  await page.getByRole('button', { name: 'Create a new signing key for this agency' }).click();
  await expect(nav(page)).toContainText(AGENCY);
  await expect(page.getByText('Saule Bekova')).toBeVisible();

  const after = (await second.storedIdentity()) as StoredIdentity;
  expect(after.agency.id).toBe(before.agency.id);
  expect(after.fingerprint).not.toBe(before.fingerprint);
});

test('an unreadable identity file is reported and left exactly as it is', async ({ launch }) => {
  const first = await launch();
  await setUpInEnglish(first);
  await first.close({ keepData: true });
  const damaged = '{"version":1,"agency":{"id":';
  await writeFile(join(first.dataDir, 'identity.json'), damaged);

  const second = await launch({ dataDir: first.dataDir });
  const { page } = second;
  await expect(page.getByRole('alert')).toContainText('This office’s identity file cannot be read');
  await expect(page.getByRole('alert')).toContainText(first.dataDir);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await second.close({ keepData: true });
  expect(await readFile(join(first.dataDir, 'identity.json'), 'utf8')).toBe(damaged);
});
