import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corruptStamp, setAsideIfUnreadable } from './settingsFile';

let dir: string;
let file: string;
const NOW = new Date('2025-03-01T09:05:07.123Z');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseline-settings-'));
  file = join(dir, 'settings.json');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('setAsideIfUnreadable', () => {
  it('leaves a missing file missing, and a readable one where it is', async () => {
    expect(await setAsideIfUnreadable(file, NOW)).toBeNull();
    await writeFile(file, '\ufeff{"language": "kk"}');
    expect(await setAsideIfUnreadable(file, NOW)).toBeNull();
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it.each([
    ['half a file', '{"language": "kk", "staffName": "Дана'],
    ['an empty file', ''],
    ['zero bytes of a crashed write', '\0\0\0\0'],
    ['a list', '["kk"]'],
    ['null', 'null'],
    ['a number', '7'],
  ])('moves %s aside, byte for byte, and says where', async (_what, text) => {
    await writeFile(file, text);
    const moved = await setAsideIfUnreadable(file, NOW);
    expect(moved).toEqual({ movedTo: join(dir, 'settings.json.corrupt-20250301T090507123Z') });
    expect(await readFile(moved!.movedTo, 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['settings.json.corrupt-20250301T090507123Z']);
  });

  it('applies the shape the caller needs', async () => {
    await writeFile(file, '{"settings": "ru"}');
    const settingsIsObject = (v: unknown) =>
      typeof v === 'object' && v !== null && typeof (v as { settings?: unknown }).settings === 'object';
    expect(await setAsideIfUnreadable(file, NOW, settingsIsObject)).not.toBeNull();
  });

  it('throws, and moves nothing, when the file cannot be opened at all', async () => {
    await mkdir(file);
    await expect(setAsideIfUnreadable(file, NOW)).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });
});

describe('corruptStamp', () => {
  it('sorts by time and has no character Windows forbids in a file name', () => {
    expect(corruptStamp(NOW)).toBe('20250301T090507123Z');
    expect(corruptStamp(NOW)).not.toMatch(/[<>:"/\\|?*]/);
    expect(corruptStamp(new Date('2025-12-31T23:59:59.999Z')) > corruptStamp(NOW)).toBe(true);
  });
});
