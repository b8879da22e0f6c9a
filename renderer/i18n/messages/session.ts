/** Staff accounts, sign-in, the lock screen and the passphrase meter. */
import { defineMessages } from '../define';

export const sessionMessages = defineMessages({
  en: {
    'error.identity-locked': 'The office’s signing key opens only while a staff member is signed in.',
    'error.keyring-exists': 'This office already has staff accounts.',
    'error.keyring-missing': 'This office has no staff accounts yet.',
    'error.keyring-unreadable': 'The staff accounts file on this computer cannot be read.',
    'error.not-signed-in': 'Sign in first.',
    'error.not-permitted': 'Your role does not allow this.',
    'error.account-unknown': 'There is no such staff account on this computer.',
    'error.account-inactive': 'This account is switched off. Ask an administrator.',
    'error.account-altered':
      'This account was changed outside Caseline, so it cannot be trusted. An administrator must save it again.',
    'error.host-key-wrong': 'This key does not belong to this office.',
    'error.last-administrator': 'The office must keep at least one active administrator.',
    'error.name-taken': 'Another staff account already has this name.',
    'error.audit-head-behind': 'The audit log on this computer is older than the record kept of it.',
  },
  ru: {
    'error.identity-locked': 'Ключ подписи ведомства открывается, только пока сотрудник вошёл в систему.',
    'error.keyring-exists': 'У этого ведомства уже есть учётные записи сотрудников.',
    'error.keyring-missing': 'У этого ведомства ещё нет учётных записей сотрудников.',
    'error.keyring-unreadable': 'Файл учётных записей сотрудников на этом компьютере не читается.',
    'error.not-signed-in': 'Сначала войдите.',
    'error.not-permitted': 'Ваша роль этого не позволяет.',
    'error.account-unknown': 'На этом компьютере нет такой учётной записи.',
    'error.account-inactive': 'Эта учётная запись отключена. Обратитесь к администратору.',
    'error.account-altered':
      'Эта учётная запись изменена вне Caseline, поэтому ей нельзя доверять. Администратор должен сохранить её заново.',
    'error.host-key-wrong': 'Этот ключ не принадлежит этому ведомству.',
    'error.last-administrator': 'В ведомстве должен остаться хотя бы один действующий администратор.',
    'error.name-taken': 'Учётная запись с таким именем уже есть.',
    'error.audit-head-behind': 'Журнал аудита на этом компьютере старее сохранённой отметки о нём.',
  },
  kk: {
    'error.identity-locked': 'Ведомствоның қолтаңба кілті қызметкер жүйеге кірген кезде ғана ашылады.',
    'error.keyring-exists': 'Бұл ведомствода қызметкерлердің есептік жазбалары бар.',
    'error.keyring-missing': 'Бұл ведомствода әлі қызметкерлердің есептік жазбалары жоқ.',
    'error.keyring-unreadable': 'Осы компьютердегі қызметкерлердің есептік жазбалары файлы оқылмайды.',
    'error.not-signed-in': 'Алдымен жүйеге кіріңіз.',
    'error.not-permitted': 'Сіздің рөліңіз бұған рұқсат бермейді.',
    'error.account-unknown': 'Бұл компьютерде мұндай есептік жазба жоқ.',
    'error.account-inactive': 'Бұл есептік жазба өшірілген. Әкімшіге хабарласыңыз.',
    'error.account-altered':
      'Бұл есептік жазба Caseline-нан тыс өзгертілген, сондықтан оған сенуге болмайды. Әкімші оны қайта сақтауы керек.',
    'error.host-key-wrong': 'Бұл кілт осы ведомствоға тиесілі емес.',
    'error.last-administrator': 'Ведомствода кемінде бір белсенді әкімші қалуы керек.',
    'error.name-taken': 'Мұндай атпен есептік жазба бұрыннан бар.',
    'error.audit-head-behind': 'Осы компьютердегі аудит журналы ол туралы сақталған белгіден ескі.',
  },
});
