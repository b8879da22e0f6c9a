import type { Language } from '../shared/dates';

/**
 * Menu labels in each language. The main process cannot import the renderer's catalogues, and
 * the menu needs only these few words.
 */
export const MENU_LABELS: Record<Language, Record<string, string>> = {
  en: {
    file: 'File',
    case: 'Case',
    go: 'Go',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    'nav.cases': 'Cases',
    'nav.meetings': 'Meetings',
    'nav.deadlines': 'Deadlines',
    'nav.settings': 'Settings',
    'command.caseNew': 'New case',
    'command.entryNew': 'New entry',
    'command.search': 'Search',
    'command.print': 'Print',
  },
  ru: {
    file: 'Файл',
    case: 'Дело',
    go: 'Переход',
    edit: 'Правка',
    view: 'Вид',
    window: 'Окно',
    help: 'Справка',
    'nav.cases': 'Дела',
    'nav.meetings': 'Встречи',
    'nav.deadlines': 'Сроки',
    'nav.settings': 'Настройки',
    'command.caseNew': 'Новое дело',
    'command.entryNew': 'Новая запись',
    'command.search': 'Поиск',
    'command.print': 'Печать',
  },
  kk: {
    file: 'Файл',
    case: 'Іс',
    go: 'Өту',
    edit: 'Түзету',
    view: 'Көрініс',
    window: 'Терезе',
    help: 'Анықтама',
    'nav.cases': 'Істер',
    'nav.meetings': 'Кездесулер',
    'nav.deadlines': 'Мерзімдер',
    'nav.settings': 'Баптаулар',
    'command.caseNew': 'Жаңа іс',
    'command.entryNew': 'Жаңа жазба',
    'command.search': 'Іздеу',
    'command.print': 'Басып шығару',
  },
};
