/** The deadlines page. */
import { defineMessages } from '../define';

export const deadlineMessages = defineMessages({
  en: {
    'deadlines.title': 'Deadlines',
    'deadlines.window': 'Show the next',
    'deadlines.empty':
      'Nothing is due in this period. Deadlines come from protective measures, hearings, actions and reviews on case timelines.',
    'deadlines.today': 'Today',
    'deadlines.overdue': 'Overdue',
    'deadlines.kind.measure-expires': 'Measure expires',
    'deadlines.kind.hearing': 'Hearing',
    'deadlines.kind.action-due': 'Action due',
    'deadlines.kind.review-due': 'Risk review due',
    'deadlines.kind.safety-plan-review': 'Safety plan review',
    'deadlines.kind.shelter-exit': 'Planned shelter exit',
    'deadlines.kind.registration-review': 'Registration review',
    'deadlines.kind.reassessment-due': 'New risk assessment due',
    'deadlines.kind.check-in-due': 'Check-in due',
    'deadlines.kind.check-in-missed': 'Check-in missed',
  },
  ru: {
    'deadlines.title': 'Сроки',
    'deadlines.window': 'Показать ближайшие',
    'deadlines.empty':
      'В этот период сроков нет. Сроки берутся из защитных мер, судебных заседаний, мероприятий и пересмотров в хронологиях дел.',
    'deadlines.today': 'Сегодня',
    'deadlines.overdue': 'Просрочено',
    'deadlines.kind.measure-expires': 'Истекает мера',
    'deadlines.kind.hearing': 'Судебное заседание',
    'deadlines.kind.action-due': 'Срок мероприятия',
    'deadlines.kind.review-due': 'Пересмотр оценки риска',
    'deadlines.kind.safety-plan-review': 'Пересмотр плана безопасности',
    'deadlines.kind.shelter-exit': 'Плановое выбытие из убежища',
    'deadlines.kind.registration-review': 'Пересмотр профилактического учёта',
    'deadlines.kind.reassessment-due': 'Требуется повторная оценка риска',
    'deadlines.kind.check-in-due': 'Явка на профилактическую беседу',
    'deadlines.kind.check-in-missed': 'Неявка на профилактическую беседу',
  },
  kk: {
    'deadlines.title': 'Мерзімдер',
    'deadlines.window': 'Алдағы кезең',
    'deadlines.empty':
      'Бұл кезеңде мерзім жоқ. Мерзімдер іс хронологияларындағы қорғау шараларынан, сот отырыстарынан, іс-шаралардан және қайта қараулардан алынады.',
    'deadlines.today': 'Бүгін',
    'deadlines.overdue': 'Мерзімі өткен',
    'deadlines.kind.measure-expires': 'Шара мерзімі аяқталады',
    'deadlines.kind.hearing': 'Сот отырысы',
    'deadlines.kind.action-due': 'Іс-шара мерзімі',
    'deadlines.kind.review-due': 'Қауіпті қайта бағалау',
    'deadlines.kind.safety-plan-review': 'Қауіпсіздік жоспарын қайта қарау',
    'deadlines.kind.shelter-exit': 'Паналау орнынан жоспарлы шығу',
    'deadlines.kind.registration-review': 'Профилактикалық есепті қайта қарау',
    'deadlines.kind.reassessment-due': 'Қауіпті қайта бағалау қажет',
    'deadlines.kind.check-in-due': 'Профилактикалық әңгімеге келу',
    'deadlines.kind.check-in-missed': 'Профилактикалық әңгімеге келмеді',
  },
});
