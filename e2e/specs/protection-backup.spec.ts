/**
 * Backups, restores and the audit log's Verify (issue 9): a backup restored on another computer
 * gives the same timelines and hashes; a corrupt, cut-short or foreign file changes nothing; an
 * altered or removed audit record is found.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import type { RunningApp } from '../harness';
import { createCase, EN, entryCard, startEntry } from '../pages/casePages';
import { signIn, TEST_PASSPHRASE } from '../pages/session';
import { nav, setUpInEnglish } from '../pages/shell';

/** Every entry IndexedDB holds: id and hash, in id order. */
async function storedEntries(page: Page): Promise<{ id: string; hash: string; caseId: string }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('caseline');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('open failed'));
    });
    const rows = await new Promise<{ id: string; hash: string; caseId: string }[]>((resolve, reject) => {
      const req = db.transaction('entries').objectStore('entries').getAll();
      req.onsuccess = () => resolve(req.result as { id: string; hash: string; caseId: string }[]);
      req.onerror = () => reject(req.error ?? new Error('read failed'));
    });
    db.close();
    return rows
      .map(({ id, hash, caseId }) => ({ id, hash, caseId }))
      .sort((a, b) => a.id.localeCompare(b.id));
  });
}

/** What the timeline shows, entry by entry. */
async function timelineText(page: Page): Promise<string[]> {
  return page.locator('.timeline article.entry').allInnerTexts();
}

async function makeBackup(app: RunningApp, path: string): Promise<void> {
  const { page } = app;
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Backups' });
  await expect(section).toContainText('No backup has been made on this computer yet.');
  await app.dialogs.nextSave(path);
  await section.getByRole('button', { name: 'Make a backup…' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Backup saved' })).toContainText(path);
  await expect(section).toContainText('Last backup:');
}

/** First-run setup's restore, up to the passphrase. */
async function chooseBackup(app: RunningApp, path: string): Promise<void> {
  const { page } = app;
  await page.getByRole('radio', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Restore a backup instead' }).click();
  await app.dialogs.nextOpen(path);
  await page.getByRole('button', { name: 'Choose the backup file…' }).click();
}

test('a backup restored into a new installation gives the same timelines, hashes and audit chain', async ({
  launch,
}) => {
  const office = await launch();
  const { page } = office;
  await setUpInEnglish(office);
  await createCase(page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  for (const text of ['Called the hotline at night.', 'Neighbour heard shouting.']) {
    const dialog = await startEntry(page, EN, 'Note', text);
    await dialog.getByRole('button', { name: EN.saveEntry }).click();
    await expect(entryCard(page, text)).toBeVisible();
  }
  await entryCard(page, 'Neighbour heard shouting.').getByRole('button', { name: EN.correct }).click();
  const correction = page.getByRole('dialog');
  await correction.getByLabel(EN.narrative).fill('Neighbour heard shouting and a door slam.');
  await correction.getByLabel(EN.fields.reason).fill('Neighbour added a detail');
  await correction.getByRole('button', { name: EN.saveEntry }).click();
  await expect(entryCard(page, 'door slam')).toBeVisible();
  const timeline = await timelineText(page);
  const entries = await storedEntries(page);
  expect(entries).toHaveLength(3);
  const path = join(office.dataDir, 'office.caseline-backup');
  await makeBackup(office, path);

  const fresh = await launch();
  await chooseBackup(fresh, path);
  await expect(fresh.page.getByText('office.caseline-backup')).toBeVisible();
  await expect(fresh.page.getByText('Almaly District Police')).toBeVisible();
  await fresh.page.getByLabel('An administrator’s passphrase').fill('not the passphrase at all');
  await fresh.page.getByRole('button', { name: 'Check and restore' }).click();
  await expect(fresh.page.getByRole('alert')).toHaveText(
    'This passphrase opens none of the administrators’ keys in the backup.',
  );
  await fresh.page.getByLabel('An administrator’s passphrase').fill(TEST_PASSPHRASE);
  await fresh.page.getByRole('button', { name: 'Check and restore' }).click();

  await signIn(fresh);
  await expect(nav(fresh.page)).toContainText('Almaly District Police');
  await fresh.page.getByRole('row').filter({ hasText: 'Saule Bekova' }).click();
  await expect(fresh.page.locator('.timeline article.entry')).toHaveCount(2);
  expect(await timelineText(fresh.page)).toEqual(timeline);
  expect(await storedEntries(fresh.page)).toEqual(entries);
  expect((await fresh.storedIdentity()).fingerprint).toBe((await office.storedIdentity()).fingerprint);

  // The audit log came along, intact, with the restore recorded on it.
  await nav(fresh.page).getByRole('link', { name: 'Audit log' }).click();
  await fresh.page.getByRole('button', { name: 'Verify' }).click();
  await expect(fresh.page.getByRole('status').filter({ hasText: 'intact' })).toBeVisible();
  await fresh.page.getByLabel('Action').selectOption({ label: 'Backup restored' });
  await expect(fresh.page.getByRole('table', { name: 'Audit log' }).getByRole('row')).toHaveCount(2);
});

test('a damaged, cut-short or foreign file restores nothing, and says what is wrong with it', async ({
  launch,
}) => {
  const office = await launch();
  await setUpInEnglish(office);
  await createCase(office.page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  const path = join(office.dataDir, 'office.caseline-backup');
  await makeBackup(office, path);
  const lines = (await readFile(path, 'utf8')).split('\n');

  const damaged = join(office.dataDir, 'damaged.caseline-backup');
  const chunk = lines[2]!;
  const flipped = `${chunk.slice(0, 40)}${chunk[40] === 'A' ? 'B' : 'A'}${chunk.slice(41)}`;
  await writeFile(damaged, [...lines.slice(0, 2), flipped, ...lines.slice(3)].join('\n'));
  const cut = join(office.dataDir, 'cut.caseline-backup');
  await writeFile(cut, `${lines.slice(0, -2).join('\n')}\n`);
  const foreign = join(office.dataDir, 'bundle.caseline-backup');
  await writeFile(foreign, '{"format":"caseline-bundle","version":2}\n');

  const fresh = await launch();
  const { page } = fresh;
  for (const [file, says] of [
    [damaged, 'The backup is damaged or was changed: a part of it does not open.'],
    [cut, 'The backup is incomplete: the file ends too early.'],
  ] as const) {
    await chooseBackup(fresh, file);
    await page.getByLabel('An administrator’s passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Check and restore' }).click();
    await expect(page.getByRole('alert')).toHaveText(`${says} Nothing was changed.`);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
  }
  await chooseBackup(fresh, foreign);
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not a Caseline backup. Nothing was changed.',
  );
  await page.getByRole('button', { name: 'Back', exact: true }).click();

  // Still a new installation: nothing restored, nothing written.
  await expect(page.getByRole('heading', { name: 'Set up Caseline on this computer' })).toBeVisible();
  await expect(fresh.storedKeyring()).rejects.toThrow();
  await expect(fresh.storedIdentity()).rejects.toThrow();
  const { readdir } = await import('node:fs/promises');
  expect(await readdir(fresh.dataDir)).not.toContain('restore.json');
});

test('Verify finds an altered audit record and names it, and finds the newest records removed', async ({
  app,
}) => {
  const { page } = app;
  await setUpInEnglish(app);
  await createCase(page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  const dialog = await startEntry(page, EN, 'Note', 'First contact by phone.');
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await nav(page).getByRole('link', { name: 'Audit log' }).click();
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'intact' })).toBeVisible();

  // Someone with the database in hand changes what record 3 says (its hash left as it was).
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('caseline');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('audit', 'readwrite');
      const index = tx.objectStore('audit').index('seq');
      const req = index.get(3);
      req.onsuccess = () => {
        const row = req.result as { actor: string };
        tx.objectStore('audit').put({ ...row, actor: 'Somebody else' });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  });
  await page.getByRole('button', { name: 'Verify' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The audit log was changed. Record 3 was changed after it was written.');
  await alert.getByRole('button', { name: 'Show record 3' }).click();
  await expect(page.locator('.audit-grid .grid-row.marked')).toContainText('Somebody else');

  // Removing the newest records leaves a chain that is whole, but the host kept its head.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('caseline');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('audit', 'readwrite');
      const store = tx.objectStore('audit');
      const req = store.index('seq').openCursor(null, 'prev');
      let removed = 0;
      req.onsuccess = () => {
        const cursor = req.result;
        if (cursor && removed < 2) {
          cursor.delete();
          removed++;
          cursor.continue();
        }
      };
      // And put record 3 back as it was, so only the removal is left to find.
      store.index('seq').get(3).onsuccess = (e) => {
        const row = (e.target as IDBRequest<{ actor: string }>).result;
        store.put({ ...row, actor: 'Aigerim Seitkali' });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  });
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toContainText('The newest records, from');
  await expect(page.getByRole('alert')).toContainText('were removed.');
});

test('a write refused for lack of space says so, keeps what was typed, and loses nothing saved', async ({
  app,
}) => {
  const { page } = app;
  await setUpInEnglish(app);
  await createCase(page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  let dialog = await startEntry(page, EN, 'Note', 'Saved before the disk filled up.');
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(entryCard(page, 'Saved before the disk filled up.')).toBeVisible();

  // The disk fills up: every write the browser's storage is asked for is refused, as Chromium
  // refuses it, with a QuotaExceededError.
  const diskFull = (full: boolean) =>
    page.evaluate((on) => {
      const w = window as unknown as { __realAdd?: IDBObjectStore['add']; __realPut?: IDBObjectStore['put'] };
      const proto = IDBObjectStore.prototype;
      // Kept to be put back as they were (called with the store as `this` again).
      // eslint-disable-next-line @typescript-eslint/unbound-method
      w.__realAdd ??= proto.add;
      // eslint-disable-next-line @typescript-eslint/unbound-method
      w.__realPut ??= proto.put;
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      proto.add = on ? refuse : w.__realAdd;
      proto.put = on ? refuse : w.__realPut;
    }, full);
  await diskFull(true);
  dialog = await startEntry(page, EN, 'Note', 'Typed while the disk was full.');
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'no room left' })).toContainText(
    'what you were saving was not saved, and is still in its form',
  );
  await expect(dialog.getByLabel(EN.narrative)).toHaveValue('Typed while the disk was full.');

  await diskFull(false);
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(dialog).toBeHidden();
  // Saving works again: the message goes.
  await expect(page.getByRole('alert').filter({ hasText: 'no room left' })).toHaveCount(0);
  await expect(page.locator('.timeline article.entry')).toHaveCount(2);
  await expect(entryCard(page, 'Saved before the disk filled up.')).toBeVisible();
});

test('a restore stopped half-way is finished at the next start, or given up', async ({ launch }) => {
  const office = await launch();
  await setUpInEnglish(office);
  await createCase(office.page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);
  const path = join(office.dataDir, 'office.caseline-backup');
  await makeBackup(office, path);
  const header = JSON.parse((await readFile(path, 'utf8')).split('\n')[1]!) as { backupId: string };

  // A new installation whose restore stopped after it began: the host's note is there.
  for (const giveUp of [true, false]) {
    const fresh = await launch();
    await fresh.page.getByRole('radio', { name: 'English' }).click();
    await fresh.close({ keepData: true });
    await writeFile(join(fresh.dataDir, 'restore.json'), JSON.stringify({ backupId: header.backupId, path }));

    const again = await launch({ dataDir: fresh.dataDir });
    const { page } = again;
    await expect(page.getByRole('heading', { name: 'Finish the restore' })).toBeVisible();
    await expect(
      page.getByText('Restoring office.caseline-backup stopped before it finished.'),
    ).toBeVisible();
    if (giveUp) {
      await page.getByRole('button', { name: 'Give up the restore' }).click();
      await expect(page.getByRole('heading', { name: 'Set up Caseline on this computer' })).toBeVisible();
      await again.close();
      continue;
    }
    await page.getByLabel('An administrator’s passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Check and restore' }).click();
    await signIn(again);
    await expect(again.page.getByRole('row').filter({ hasText: 'Saule Bekova' })).toBeVisible();
  }
});
