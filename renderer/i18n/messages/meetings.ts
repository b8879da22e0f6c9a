/** Meetings. */
import { defineMessages } from '../define';

export const meetingMessages = defineMessages({
  en: {
    'meetings.title': 'Case meetings',
    'meetings.emptyTitle': 'No meetings yet',
    'meetings.emptyBody':
      'Multi-agency case meetings will be planned here: an agenda of high-risk cases, a meeting pack to print, and the actions agreed. Start by opening a case and recording a risk assessment.',
  },
  ru: {
    'meetings.title': 'Межведомственные совещания',
    'meetings.emptyTitle': 'Совещаний пока нет',
    'meetings.emptyBody':
      'Здесь будут планироваться межведомственные совещания по делам: повестка из дел высокого риска, пакет материалов для печати и согласованные меры. Для начала откройте дело и проведите оценку риска.',
  },
  kk: {
    'meetings.title': 'Ведомствоаралық жиналыстар',
    'meetings.emptyTitle': 'Әзірге жиналыс жоқ',
    'meetings.emptyBody':
      'Мұнда істер бойынша ведомствоаралық жиналыстар жоспарланады: қаупі жоғары істерден құралған күн тәртібі, басып шығаруға арналған материалдар топтамасы және келісілген іс-шаралар. Алдымен істі ашып, қауіпті бағалаңыз.',
  },
});
