/**
 * The application menu, built from the command registry (shared/commands.ts), so the menu, the
 * keyboard shortcuts and the toolbar buttons all name the same commands. A command chosen here
 * is sent to the renderer, which runs it. Only types come from 'electron', so the template is
 * unit-tested in Node; main.ts turns it into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, type CommandDef, type CommandId } from '../shared/commands';

export type MenuOptions = {
  /** Label for a message key (menuLabels.ts, in the language of the settings). */
  readonly label: (key: string) => string;
  /** Delivers a chosen command to the renderer (the `menu-command` host event). */
  readonly send: (id: CommandId) => void;
  /** Reload and developer tools are for development builds only. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
};

type Role = NonNullable<MenuItemConstructorOptions['role']>;

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({
  label,
  send,
  isPackaged,
  platform,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const role = (r: Role): MenuItemConstructorOptions => ({ role: r, label: label(`role.${r}`) });
  const commands = (menu: NonNullable<CommandDef['menu']>): MenuItemConstructorOptions[] =>
    COMMANDS.filter((c) => c.menu === menu).map((c) => ({
      id: c.id,
      label: label(c.label),
      accelerator: c.shortcut ?? undefined,
      click: () => send(c.id),
    }));
  const submenu = (title: string, items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.length > 0 ? [{ label: label(title), submenu: items }] : [];

  return [
    // macOS puts Quit (and About, Hide …) in the menu named after the app.
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    ...submenu('menu.file', [...commands('file'), ...(mac ? [] : [SEPARATOR, role('quit')])]),
    ...submenu('menu.edit', [
      role('undo'),
      role('redo'),
      SEPARATOR,
      role('cut'),
      role('copy'),
      role('paste'),
      role('selectAll'),
    ]),
    ...submenu('menu.case', commands('case')),
    ...submenu('menu.go', commands('go')),
    ...submenu('menu.view', [
      role('zoomIn'),
      role('zoomOut'),
      role('resetZoom'),
      ...(isPackaged ? [] : [SEPARATOR, role('reload'), role('toggleDevTools')]),
    ]),
    ...submenu('menu.window', [role('minimize'), role('close')]),
    ...submenu('menu.help', commands('help')),
  ];
}
