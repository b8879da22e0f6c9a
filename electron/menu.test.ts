import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandId } from '../shared/commands';
import { LANGUAGES } from '../shared/settings';
// A test may read the renderer's catalogues (the main process may not): it keeps the two in step.
import { CATALOGUES } from '../renderer/i18n/catalogue';
import { menuTemplate, type MenuOptions } from './menu';

const { en, ru, kk } = CATALOGUES;
import { MENU_LABELS, menuLabeler } from './menuLabels';

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: CommandId[] = [];
  const template = menuTemplate({
    label: menuLabeler('en'),
    send: (id) => sent.push(id),
    isPackaged: true,
    platform: 'linux',
    ...overrides,
  });
  return { template, sent };
}

/** Every item of the menu, depth first. */
function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

function titles(template: readonly MenuItemConstructorOptions[]): (string | undefined)[] {
  return template.map((i) => i.label ?? i.role);
}

describe('application menu', () => {
  it('has the menus in order, leaving out a menu with nothing in it', () => {
    expect(titles(build().template)).toEqual(['File', 'Edit', 'Case', 'Go', 'View', 'Window']);
  });

  it('offers every menu command once, with its shortcut, and sends its id when chosen', () => {
    const { template, sent } = build();
    const all = items(template);
    for (const command of COMMANDS.filter((c) => c.menu !== null)) {
      const found = all.filter((i) => i.id === command.id);
      expect(found, command.id).toHaveLength(1);
      expect(found[0]!.accelerator).toBe(command.shortcut ?? undefined);
      (found[0]!.click as () => void)();
      expect(sent.at(-1)).toBe(command.id);
    }
  });

  it('puts each command under its own menu', () => {
    const { template } = build();
    const under = (title: string) =>
      (template.find((m) => m.label === title)?.submenu as MenuItemConstructorOptions[]).map((i) => i.id);
    expect(under('Go')).toEqual(['go-cases', 'go-meetings', 'go-deadlines', 'go-settings', 'search-open']);
    expect(under('Case')).toEqual(['case-new', 'entry-new', 'search-focus']);
    expect(under('File')).toContain('print');
    expect(under('File')).toContain('bundle-open');
  });

  it('has the standard editing roles, zoom, window and quit', () => {
    const roles = items(build().template).map((i) => i.role);
    for (const r of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom'])
      expect(roles).toContain(r);
    expect(roles).toEqual(expect.arrayContaining(['minimize', 'close', 'quit']));
  });

  it('offers reload and developer tools only in development builds', () => {
    const packaged = items(build({ isPackaged: true }).template).map((i) => i.role);
    const dev = items(build({ isPackaged: false }).template).map((i) => i.role);
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('keeps Quit in the app menu on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(items(template).filter((i) => i.role === 'quit')).toHaveLength(0);
  });

  it('speaks the language of the settings', () => {
    const ru = build({ label: menuLabeler('ru') }).template;
    expect(titles(ru)).toEqual(['Файл', 'Правка', 'Дело', 'Переход', 'Вид', 'Окно']);
    expect(items(ru).find((i) => i.id === 'case-new')?.label).toBe('Новое дело');
    expect(items(ru).find((i) => i.role === 'paste')?.label).toBe('Вставить');
    const kk = build({ label: menuLabeler('kk') }).template;
    expect(titles(kk)).toEqual(['Файл', 'Түзету', 'Іс', 'Өту', 'Көрініс', 'Терезе']);
    expect(items(kk).find((i) => i.id === 'go-deadlines')?.label).toBe('Мерзімдер');
  });
});

describe('menu labels', () => {
  it('label every item of the menu in every language', () => {
    for (const language of LANGUAGES) {
      const label = menuLabeler(language);
      for (const template of [build({ label, isPackaged: false }).template, build({ label }).template]) {
        for (const item of items(template).filter((i) => i.type !== 'separator' && i.role !== 'appMenu'))
          expect(item.label, `${language} ${item.id ?? item.role}`).toMatch(/\p{L}/u);
      }
    }
  });

  it('are real translations, not English left in place', () => {
    for (const key of Object.keys(MENU_LABELS.en) as (keyof typeof MENU_LABELS.en)[]) {
      if (key === 'menu.file') continue; // «Файл» is the word in both Russian and Kazakh.
      expect(MENU_LABELS.ru[key], key).toMatch(/[а-яё]/i);
      expect(MENU_LABELS.kk[key], key).toMatch(/[а-яёәғқңөұүһі]/i);
      expect(MENU_LABELS.ru[key]).not.toBe(MENU_LABELS.en[key]);
    }
  });

  it('name each command as the renderer does', () => {
    const catalogues = { en, ru, kk };
    for (const language of LANGUAGES) {
      for (const { label } of COMMANDS)
        expect(MENU_LABELS[language][label], label).toBe(catalogues[language][label]);
    }
  });

  it('answer the key itself for a word the menu does not know', () => {
    expect(menuLabeler('kk')('command.unknown')).toBe('command.unknown');
    expect(menuLabeler('ru')('toString')).toBe('toString');
  });
});
