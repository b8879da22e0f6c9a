/**
 * The application menu's words in each language. The main process may not import the
 * renderer's catalogues (lint-enforced), and the menu needs only these few, so they live here;
 * the command labels repeat the renderer's catalogue entries of the same keys.
 */
import type { COMMANDS } from '../shared/commands';
import type { Language } from '../shared/dates';

/** The catalogue keys the command registry uses as labels. */
type CommandLabelKey = (typeof COMMANDS)[number]['label'];

export type MenuLabelKey =
  | CommandLabelKey
  | 'menu.file'
  | 'menu.case'
  | 'menu.go'
  | 'menu.edit'
  | 'menu.view'
  | 'menu.window'
  | 'menu.help'
  | 'role.undo'
  | 'role.redo'
  | 'role.cut'
  | 'role.copy'
  | 'role.paste'
  | 'role.selectAll'
  | 'role.zoomIn'
  | 'role.zoomOut'
  | 'role.resetZoom'
  | 'role.reload'
  | 'role.toggleDevTools'
  | 'role.minimize'
  | 'role.close'
  | 'role.quit';

/** Every key in every language: a missing word fails to compile. */
export const MENU_LABELS: Readonly<Record<Language, Readonly<Record<MenuLabelKey, string>>>> = {
  en: {
    'menu.file': 'File',
    'menu.case': 'Case',
    'menu.go': 'Go',
    'menu.edit': 'Edit',
    'menu.view': 'View',
    'menu.window': 'Window',
    'menu.help': 'Help',
    'nav.cases': 'Cases',
    'nav.meetings': 'Meetings',
    'nav.deadlines': 'Deadlines',
    'nav.settings': 'Settings',
    'command.caseNew': 'New case',
    'command.entryNew': 'New entry',
    'command.search': 'Search',
    'command.findAnything': 'Find a case or person',
    'command.print': 'Print',
    'command.bundleOpen': 'Receive a bundle…',
    'command.lock': 'Lock',
    'role.undo': 'Undo',
    'role.redo': 'Redo',
    'role.cut': 'Cut',
    'role.copy': 'Copy',
    'role.paste': 'Paste',
    'role.selectAll': 'Select all',
    'role.zoomIn': 'Zoom in',
    'role.zoomOut': 'Zoom out',
    'role.resetZoom': 'Actual size',
    'role.reload': 'Reload',
    'role.toggleDevTools': 'Developer tools',
    'role.minimize': 'Minimize',
    'role.close': 'Close window',
    'role.quit': 'Quit Caseline',
  },
  ru: {
    'menu.file': 'Файл',
    'menu.case': 'Дело',
    'menu.go': 'Переход',
    'menu.edit': 'Правка',
    'menu.view': 'Вид',
    'menu.window': 'Окно',
    'menu.help': 'Справка',
    'nav.cases': 'Дела',
    'nav.meetings': 'Совещания',
    'nav.deadlines': 'Сроки',
    'nav.settings': 'Настройки',
    'command.caseNew': 'Новое дело',
    'command.entryNew': 'Новая запись',
    'command.search': 'Поиск',
    'command.findAnything': 'Найти дело или человека',
    'command.print': 'Печать',
    'command.bundleOpen': 'Принять пакет…',
    'command.lock': 'Заблокировать',
    'role.undo': 'Отменить',
    'role.redo': 'Повторить',
    'role.cut': 'Вырезать',
    'role.copy': 'Копировать',
    'role.paste': 'Вставить',
    'role.selectAll': 'Выделить всё',
    'role.zoomIn': 'Увеличить',
    'role.zoomOut': 'Уменьшить',
    'role.resetZoom': 'Исходный масштаб',
    'role.reload': 'Перезагрузить',
    'role.toggleDevTools': 'Инструменты разработчика',
    'role.minimize': 'Свернуть',
    'role.close': 'Закрыть окно',
    'role.quit': 'Выйти из Caseline',
  },
  kk: {
    'menu.file': 'Файл',
    'menu.case': 'Іс',
    'menu.go': 'Өту',
    'menu.edit': 'Түзету',
    'menu.view': 'Көрініс',
    'menu.window': 'Терезе',
    'menu.help': 'Анықтама',
    'nav.cases': 'Істер',
    'nav.meetings': 'Жиналыстар',
    'nav.deadlines': 'Мерзімдер',
    'nav.settings': 'Баптаулар',
    'command.caseNew': 'Жаңа іс',
    'command.entryNew': 'Жаңа жазба',
    'command.search': 'Іздеу',
    'command.findAnything': 'Істі не адамды табу',
    'command.print': 'Басып шығару',
    'command.bundleOpen': 'Пакетті қабылдау…',
    'command.lock': 'Құлыптау',
    'role.undo': 'Болдырмау',
    'role.redo': 'Қайтару',
    'role.cut': 'Қиып алу',
    'role.copy': 'Көшіру',
    'role.paste': 'Қою',
    'role.selectAll': 'Барлығын белгілеу',
    'role.zoomIn': 'Үлкейту',
    'role.zoomOut': 'Кішірейту',
    'role.resetZoom': 'Бастапқы масштаб',
    'role.reload': 'Қайта жүктеу',
    'role.toggleDevTools': 'Әзірлеуші құралдары',
    'role.minimize': 'Жию',
    'role.close': 'Терезені жабу',
    'role.quit': 'Шығу',
  },
};

function isMenuLabelKey(key: string): key is MenuLabelKey {
  return Object.hasOwn(MENU_LABELS.en, key);
}

/** The label function the menu is built with: the word in `language`, else the key itself. */
export function menuLabeler(language: Language): (key: string) => string {
  const labels = MENU_LABELS[language] ?? MENU_LABELS.en;
  return (key) => (isMenuLabelKey(key) ? labels[key] : key);
}
