/** The case page's glance: risk now with its review and reassessment dates, last contact. */
import { defineMessages } from '../define';

export const glanceMessages = defineMessages({
  en: {
    'glance.assessedOn': 'Assessed {date}',
    'glance.reviewDue': 'Review due {date}',
    'glance.reviewOverdue': 'Review overdue: due {date}',
    'glance.reassessDue': 'New assessment due {date}',
    'glance.reassessOverdue': 'New assessment overdue: due {date}',
    'glance.raisedByEscalation': 'Raised to High: reports and police call-outs are frequent',
    'glance.contactToday': 'today',
    'glance.contactDaysAgo': { one: '{count} day ago', other: '{count} days ago' },
  },
  ru: {
    'glance.assessedOn': 'Оценка от {date}',
    'glance.reviewDue': 'Пересмотр до {date}',
    'glance.reviewOverdue': 'Пересмотр просрочен: срок {date}',
    'glance.reassessDue': 'Новая оценка до {date}',
    'glance.reassessOverdue': 'Новая оценка просрочена: срок {date}',
    'glance.raisedByEscalation': 'Повышен до высокого: частые сообщения и выезды полиции',
    'glance.contactToday': 'сегодня',
    'glance.contactDaysAgo': {
      one: '{count} день назад',
      few: '{count} дня назад',
      many: '{count} дней назад',
      other: '{count} дня назад',
    },
  },
  kk: {
    'glance.assessedOn': '{date} бағаланды',
    'glance.reviewDue': '{date} дейін қайта қарау',
    'glance.reviewOverdue': 'Қайта қарау мерзімі өтті: {date}',
    'glance.reassessDue': '{date} дейін жаңа бағалау',
    'glance.reassessOverdue': 'Жаңа бағалау мерзімі өтті: {date}',
    'glance.raisedByEscalation': 'Жоғарыға көтерілді: хабарламалар мен полиция шығулары жиі',
    'glance.contactToday': 'бүгін',
    'glance.contactDaysAgo': { one: '{count} күн бұрын', other: '{count} күн бұрын' },
  },
});
