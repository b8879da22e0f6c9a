import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileLog } from './fileLog';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseline-log-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const now = () => new Date('2025-03-01T09:05:07.123Z');
const LINE_BYTES = '2025-03-01T09:05:07.123Z warn event 00\n'.length;

describe('fileLog', () => {
  it('creates the logs folder and appends one line per event', async () => {
    const logs = join(dir, 'logs');
    const log = fileLog(logs, { now });
    log.warn('the settings file was unreadable and was moved aside', '/d/caseline.json.corrupt-1');
    log.error('start-up failed', new Error('EACCES … /home/a/Гүлнар'));
    expect(log.file).toBe(join(logs, 'caseline.log'));
    const text = await readFile(log.file, 'utf8');
    expect(text.split('\n')).toEqual([
      '2025-03-01T09:05:07.123Z warn the settings file was unreadable and was moved aside /d/caseline.json.corrupt-1',
      expect.stringMatching(/^2025-03-01T09:05:07\.123Z error start-up failed Error \| at /),
      '',
    ]);
    expect(text).not.toContain('Гүлнар');
  });

  it('never grows a file past its cap, and keeps only the newest files', async () => {
    const log = fileLog(dir, { now, maxBytes: LINE_BYTES * 3, keep: 2 });
    for (let i = 0; i < 20; i++) log.warn(`event ${String(i).padStart(2, '0')}`);
    expect((await readdir(dir)).sort()).toEqual(['caseline.1.log', 'caseline.2.log', 'caseline.log']);
    for (const name of await readdir(dir)) {
      expect((await readFile(join(dir, name))).byteLength).toBeLessThanOrEqual(LINE_BYTES * 3);
    }
    const read = async (name: string) => (await readFile(join(dir, name), 'utf8')).match(/event \d+/g);
    expect(await read('caseline.log')).toEqual(['event 18', 'event 19']);
    expect(await read('caseline.1.log')).toEqual(['event 15', 'event 16', 'event 17']);
    expect(await read('caseline.2.log')).toEqual(['event 12', 'event 13', 'event 14']);
  });

  it('does not throw when the folder cannot be written', () => {
    const log = fileLog(join(dir, 'missing', '\0bad'), { now });
    expect(() => log.error('start-up failed', new Error('x'))).not.toThrow();
  });
});
