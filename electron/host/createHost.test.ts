import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../shared/bundle/limits';
import { createHost } from './createHost';
import { noKeychain } from './identityStore';
import { jsonFile } from './jsonFile';
import { openJsonFileSettings } from './jsonFileSettings';
import type { DialogPort, HostPorts } from './ports';

let dir: string;
let answers: (string | null)[];
/** The folder each save dialog was asked to open in, in order. */
let offered: (string | null | undefined)[];
let host: ReturnType<typeof createHost>;
let errors: string[];
let saved: string[];

const dialogs: DialogPort = {
  chooseSavePath: ({ folder }) => {
    offered.push(folder);
    return Promise.resolve(answers.shift() ?? null);
  },
  chooseOpenPath: () => Promise.resolve(answers.shift() ?? null),
};

async function ports(overrides: Partial<HostPorts> = {}): Promise<HostPorts> {
  return {
    settings: await openJsonFileSettings(join(dir, 'settings.json'), new Date('2025-03-01T09:05:07.123Z')),
    identityFile: jsonFile(join(dir, 'identity.json')),
    secrets: noKeychain,
    dialogs,
    printer: {
      toPdf: () => Promise.resolve(new Uint8Array([37, 80, 68, 70])),
      print: () => Promise.resolve(true),
    },
    app: { name: 'Caseline', version: '1.0.0', platform: 'linux', dataPath: dir, shell: 'test' },
    log: { warn: () => undefined, error: (m) => errors.push(m) },
    onSettingsSaved: (s) => saved.push(s.language),
    ...overrides,
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseline-host-'));
  answers = [];
  offered = [];
  errors = [];
  saved = [];
  host = createHost(await ports());
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('settings', () => {
  it('starts with defaults and saves a valid change atomically', async () => {
    expect(await host('settings-get', undefined)).toMatchObject({
      ok: true,
      value: { language: 'ru', staffName: '' },
    });
    const r = await host('settings-set', { language: 'kk', staffName: 'Дана' });
    expect(r).toMatchObject({ ok: true, value: { language: 'kk', staffName: 'Дана' } });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      version: 2,
      language: 'kk',
    });
  });

  it('refuses an invalid change and keeps what was stored', async () => {
    await host('settings-set', { staffName: 'Дана' });
    const r = await host('settings-set', { staffName: 'Б', deadlineWindowDays: -3 });
    expect(r).toMatchObject({ ok: false, error: { code: 'settings-invalid' } });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as unknown).toMatchObject({
      staffName: 'Дана',
    });
  });

  it('tells the menu about a saved change, and not about a refused one', async () => {
    await host('settings-set', { language: 'kk' });
    await host('settings-set', { language: 'xx' });
    expect(saved).toEqual(['kk']);
  });

  it('keeps an unreadable settings file aside, starts with defaults and says where the file went', async () => {
    const file = join(dir, 'settings.json');
    await writeFile(file, '{"language": "kk", "staffName": "Дана"');
    host = createHost(await ports());
    const movedTo = `${file}.corrupt-20250301T090507123Z`;
    expect(await readFile(movedTo, 'utf8')).toBe('{"language": "kk", "staffName": "Дана"');
    expect(await host('settings-get', undefined)).toMatchObject({
      ok: true,
      value: { language: 'ru', staffName: '' },
    });
    expect(await host('app-info', undefined)).toMatchObject({
      ok: true,
      value: { settingsRecovered: { movedTo } },
    });
    // The first save writes a new file; the old one stays where it was put.
    await host('settings-set', { language: 'en' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ language: 'en' });
    expect(await readFile(movedTo, 'utf8')).toBe('{"language": "kk", "staffName": "Дана"');
  });

  it('refuses to read or overwrite a settings file that turns unreadable while the app runs', async () => {
    const file = join(dir, 'settings.json');
    await host('settings-set', { staffName: 'Дана' });
    await writeFile(file, '{"staffName": "Дана", "agen');
    expect(await host('settings-get', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await host('settings-set', { language: 'kk' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(await readFile(file, 'utf8')).toBe('{"staffName": "Дана", "agen');
    expect(errors).toEqual(['host settings-get failed', 'host settings-set failed']);
  });
});

describe('files', () => {
  const filters = [{ name: 'CSV', extensions: ['csv'] }];

  it('saves text where the user chose, and reports a cancelled dialog as null', async () => {
    answers = [join(dir, 'out.csv'), null];
    const req = {
      title: 'Save',
      suggestedName: 'cases.csv',
      filters,
      content: '\ufeffРеф;Имя',
      encoding: 'utf8',
    } as const;
    expect(await host('file-save', req)).toEqual({ ok: true, value: { path: join(dir, 'out.csv') } });
    expect(await readFile(join(dir, 'out.csv'), 'utf8')).toBe('\ufeffРеф;Имя');
    expect(await host('file-save', req)).toEqual({ ok: true, value: null });
  });

  it('refuses a suggested name with a folder in it', async () => {
    const r = await host('file-save', {
      title: 'Save',
      suggestedName: '../../etc/passwd',
      filters,
      content: 'x',
      encoding: 'utf8',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('takes the partner card’s extension, and refuses a filter that is not an extension', async () => {
    answers = [join(dir, 'police.caseline-partner')];
    const card = { name: 'Caseline partner card', extensions: ['caseline-partner'] };
    const save = (f: typeof card) =>
      host('file-save', {
        title: 'Save',
        suggestedName: 'police.caseline-partner',
        filters: [f],
        content: '{}',
        encoding: 'utf8',
      });
    expect(await save(card)).toMatchObject({ ok: true });
    expect(await save({ ...card, extensions: ['caseline/partner'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('reports an unwritable place clearly', async () => {
    answers = [join(dir, 'missing-folder', 'x.csv')];
    const r = await host('file-save', {
      title: 'Save',
      suggestedName: 'x.csv',
      filters,
      content: 'x',
      encoding: 'utf8',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'file-unwritable' } });
  });

  it('opens a file within the size limit and refuses a larger one before reading it', async () => {
    await writeFile(join(dir, 'a.caseline'), 'қазақша');
    answers = [join(dir, 'a.caseline'), join(dir, 'a.caseline'), join(dir, 'gone.caseline')];
    expect(await host('file-open', { title: 'Open', filters, maxBytes: 1000 })).toMatchObject({
      ok: true,
      value: { name: 'a.caseline', content: 'қазақша' },
    });
    expect(await host('file-open', { title: 'Open', filters, maxBytes: 3 })).toMatchObject({
      ok: false,
      error: { code: 'file-too-large' },
    });
    expect(await host('file-open', { title: 'Open', filters, maxBytes: 1000 })).toMatchObject({
      ok: false,
      error: { code: 'file-not-found' },
    });
  });

  it('reads a case bundle of 100,000 entries (65–97 MB): up to the bundle limit, not past it', async () => {
    const big = join(dir, 'big.caseline');
    await writeFile(big, '');
    await truncate(big, 97 * 1024 * 1024);
    answers = [big];
    const read = await host('file-open', { title: 'Open', filters, maxBytes: MAX_BUNDLE_BYTES });
    expect(read.ok && read.value?.bytes).toBe(97 * 1024 * 1024);
    await truncate(big, MAX_BUNDLE_BYTES + 1);
    answers = [big];
    expect(await host('file-open', { title: 'Open', filters, maxBytes: MAX_BUNDLE_BYTES * 2 })).toMatchObject(
      {
        ok: false,
        error: { code: 'file-too-large' },
      },
    );
  });
});

describe('the folder of each kind of document', () => {
  const csv = (kind: string) => ({
    kind,
    title: 'Save',
    suggestedName: 'x.csv',
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    content: 'x',
    encoding: 'utf8',
  });

  it('opens the next save of a kind where the last one of that kind went, across restarts', async () => {
    const packs = join(dir, 'Совещания 2026');
    const sheets = join(dir, 'tables');
    await mkdir(packs);
    await mkdir(sheets);
    answers = [join(packs, 'pack.pdf'), join(sheets, 'chronology.csv'), null, null, null];
    await host('print-pdf', {
      kind: 'meeting-pack',
      title: 'PDF',
      suggestedName: 'pack.pdf',
      landscape: false,
    });
    await host('file-save', csv('chronology'));
    host = createHost(await ports());
    await host('print-pdf', { kind: 'meeting-pack', title: 'PDF', suggestedName: 'p.pdf', landscape: false });
    await host('file-save', csv('chronology'));
    await host('file-save', csv('calendar'));
    expect(offered).toEqual([null, null, packs, sheets, null]);
  });

  it('forgets nothing on a cancelled or failed save, and offers no folder that is gone', async () => {
    const kept = join(dir, 'kept');
    await mkdir(kept);
    answers = [join(kept, 'a.csv'), null, join(dir, 'missing', 'b.csv'), null];
    await host('file-save', csv('action-register'));
    await host('file-save', csv('action-register'));
    expect(await host('file-save', csv('action-register'))).toMatchObject({ ok: false });
    await rm(kept, { recursive: true });
    await host('file-save', csv('action-register'));
    expect(offered).toEqual([null, kept, kept, null]);
  });

  it('saves without remembering when no kind is named, and refuses an unknown kind', async () => {
    answers = [join(dir, 'a.csv'), null];
    const { kind: _, ...plain } = csv('x');
    expect(await host('file-save', plain)).toMatchObject({ ok: true });
    expect(await host('file-save', csv('passwords'))).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    await host('file-save', plain);
    expect(offered).toEqual([null, null]);
  });

  it('reads an unreadable folders file as no folders, and still saves', async () => {
    await writeFile(join(dir, 'export-folders.json'), '{"chronology": ');
    answers = [join(dir, 'a.csv')];
    expect(await host('file-save', csv('chronology'))).toMatchObject({ ok: true });
    expect(offered).toEqual([null]);
    expect(JSON.parse(await readFile(join(dir, 'export-folders.json'), 'utf8'))).toEqual({ chronology: dir });
  });
});

describe('printing', () => {
  it('writes the PDF the printer made to the chosen path', async () => {
    answers = [join(dir, 'summary.pdf')];
    const r = await host('print-pdf', { title: 'PDF', suggestedName: 'summary.pdf', landscape: false });
    expect(r).toEqual({ ok: true, value: { path: join(dir, 'summary.pdf'), bytes: 4 } });
    expect((await readFile(join(dir, 'summary.pdf'))).toString()).toBe('%PDF');
  });

  it('turns a printer failure into a Result, never a throw', async () => {
    host = createHost(
      await ports({
        printer: {
          toPdf: () => Promise.reject(new Error('boom')),
          print: () => Promise.reject(new Error('boom')),
        },
      }),
    );
    answers = [join(dir, 'x.pdf')];
    expect(await host('print-pdf', { title: 'PDF', suggestedName: 'x.pdf', landscape: true })).toMatchObject({
      ok: false,
      error: { code: 'print-failed' },
    });
    expect(await host('print-dialog', undefined)).toMatchObject({
      ok: false,
      error: { code: 'print-failed' },
    });
  });
});

it('answers app info', async () => {
  expect(await host('app-info', undefined)).toEqual({
    ok: true,
    value: {
      name: 'Caseline',
      version: '1.0.0',
      platform: 'linux',
      dataPath: dir,
      shell: 'test',
      settingsRecovered: null,
    },
  });
});

it('turns an unexpected exception into a Result, logged by method name', async () => {
  host = createHost(
    await ports({
      settings: {
        recovered: null,
        read: () => Promise.reject(new Error('boom')),
        write: () => Promise.resolve(),
      },
    }),
  );
  expect(await host('settings-get', undefined)).toEqual({
    ok: false,
    error: {
      code: 'internal',
      message: 'Something went wrong in the application. Your data was not changed.',
    },
  });
  expect(errors).toEqual(['host settings-get failed']);
});
