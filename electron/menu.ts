/** The application menu, built from the command registry so menu, shortcuts and buttons agree. */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { COMMANDS } from '../shared/commands';
import { COMMAND_CHANNEL } from '../shared/ipc';
import type { Language } from '../shared/dates';
import { MENU_LABELS } from './menuLabels';

export function buildMenu(lang: Language, window: () => BrowserWindow | null, isPackaged: boolean): Menu {
  const label = (key: string) => MENU_LABELS[lang][key] ?? MENU_LABELS.en[key] ?? key;
  const commands = (menu: string): MenuItemConstructorOptions[] =>
    COMMANDS.filter((c) => c.menu === menu).map((c) => ({
      label: label(c.label),
      accelerator: c.shortcut ?? undefined,
      click: () => window()?.webContents.send(COMMAND_CHANNEL, c.id),
    }));
  const template: MenuItemConstructorOptions[] = [
    { label: label('file'), submenu: [...commands('file'), { type: 'separator' }, { role: 'quit' }] },
    {
      label: label('edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: label('case'), submenu: commands('case') },
    { label: label('go'), submenu: commands('go') },
    {
      label: label('view'),
      submenu: [
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        ...(isPackaged
          ? []
          : ([
              { type: 'separator' },
              { role: 'reload' },
              { role: 'toggleDevTools' },
            ] as MenuItemConstructorOptions[])),
      ],
    },
    { label: label('window'), submenu: [{ role: 'minimize' }, { role: 'close' }] },
  ];
  return Menu.buildFromTemplate(template);
}
