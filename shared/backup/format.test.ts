import { describe, expect, it } from 'vitest';
import { generateAesKey } from '../crypto/aes';
import { createDataKey, makeKeyCheck } from '../crypto/passphrase';
import { BACKUP_MAGIC, openChunk, readHeader, sealChunk, type BackupHeader, type BackupPart } from './format';

const ID = '01900000-0000-7000-8000-0000000000aa';
const OTHER_ID = '01900000-0000-7000-8000-0000000000bb';

describe('backup chunks', () => {
  it('open only under the same key, in the same backup, at the same place', async () => {
    const key = await generateAesKey();
    const part: BackupPart = { part: 'rows', table: 'entries', rows: [{ id: 'x', sealed: 'c1.abc' }] };
    const line = await sealChunk(key, ID, 3, part);
    expect(line).not.toContain('entries');
    expect(await openChunk(key, ID, 3, line)).toEqual({ ok: true, part });
    expect(await openChunk(key, ID, 4, line)).toEqual({ ok: false, problem: 'damaged' });
    expect(await openChunk(key, OTHER_ID, 3, line)).toEqual({ ok: false, problem: 'damaged' });
    expect(await openChunk(await generateAesKey(), ID, 3, line)).toEqual({ ok: false, problem: 'damaged' });
    expect(await openChunk(key, ID, 3, `${line.slice(0, 10)}!${line.slice(11)}`)).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('refuse a well-sealed chunk that is not a part of a backup', async () => {
    const key = await generateAesKey();
    const bad = { part: 'rows', table: '../entries', rows: [] } as unknown as Parameters<typeof sealChunk>[3];
    expect(await openChunk(key, ID, 0, await sealChunk(key, ID, 0, bad))).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });
});

describe('the backup header', () => {
  it('tells a backup from another file, and a newer format from this one', async () => {
    const { wrapped } = await createDataKey('an administrator passphrase');
    const header: BackupHeader = {
      format: 'caseline-backup',
      version: 1,
      backupId: ID,
      createdAt: '2026-03-01T14:00:00+05:00',
      app: '0.1.0',
      schema: 2,
      agency: { id: OTHER_ID, name: 'УП Алмалинского района' },
      keys: [{ account: OTHER_ID, wrapped }],
      check: await makeKeyCheck(await generateAesKey()),
    };
    expect(readHeader(BACKUP_MAGIC, JSON.stringify(header))).toEqual({ ok: true, header });
    expect(readHeader('CASELINE-BACKUP 2', '{}')).toEqual({ ok: false, problem: 'unsupported' });
    expect(readHeader('{"format":"caseline-bundle"}', undefined)).toEqual({
      ok: false,
      problem: 'not-a-backup',
    });
    expect(readHeader(BACKUP_MAGIC, '{not json')).toEqual({ ok: false, problem: 'not-a-backup' });
    expect(readHeader(BACKUP_MAGIC, JSON.stringify({ ...header, keys: [] }))).toEqual({
      ok: false,
      problem: 'not-a-backup',
    });
  });
});
