/** Staff accounts, sign-in, the lock screen, staff management and the passphrase meter. */
import { defineMessages } from '../define';

export const sessionMessages = defineMessages({
  en: {
    'command.lock': 'Lock',
    'account.role.staff': 'Staff',
    'account.role.supervisor': 'Supervisor',
    'account.role.administrator': 'Administrator',
    'account.roleHelp.staff': 'Works cases: writes entries, assesses risk, prints and shares.',
    'account.roleHelp.supervisor':
      'Also lowers a case’s risk level, overrides consent to share, and reads the audit log.',
    'account.roleHelp.administrator':
      'Also manages staff, makes and restores backups, and changes the agency and the office’s rules.',

    'session.passphrase': 'Passphrase',
    'session.passphraseNew': 'Passphrase',
    'session.passphraseRepeat': 'Repeat the passphrase',
    'session.passphraseMismatch': 'The two passphrases are not the same.',
    'session.passphraseHint':
      'Several ordinary words are easiest to remember and hardest to guess. Nobody can recover a forgotten passphrase; an administrator can set a new one.',
    'session.show': 'Show',
    'session.hide': 'Hide',

    'strength.label': 'Strength',
    'strength.level.very-weak': 'Very weak',
    'strength.level.weak': 'Weak',
    'strength.level.fair': 'Fair',
    'strength.level.strong': 'Strong',
    'strength.level.very-strong': 'Very strong',
    'strength.time.instant': 'Someone with a copy of this computer’s files could guess it almost at once.',
    'strength.time.minutes': {
      one: 'Someone with a copy of this computer’s files could guess it in about {count} minute.',
      other: 'Someone with a copy of this computer’s files could guess it in about {count} minutes.',
    },
    'strength.time.hours': {
      one: 'Someone with a copy of this computer’s files could guess it in about {count} hour.',
      other: 'Someone with a copy of this computer’s files could guess it in about {count} hours.',
    },
    'strength.time.days': {
      one: 'Someone with a copy of this computer’s files could guess it in about {count} day.',
      other: 'Someone with a copy of this computer’s files could guess it in about {count} days.',
    },
    'strength.time.months': {
      one: 'Guessing it would take about {count} month with one powerful graphics card.',
      other: 'Guessing it would take about {count} months with one powerful graphics card.',
    },
    'strength.time.years': {
      one: 'Guessing it would take about {count} year with one powerful graphics card.',
      other: 'Guessing it would take about {count} years with one powerful graphics card.',
    },
    'strength.time.centuries': 'Guessing it would take centuries.',
    'strength.notAccepted':
      'Not accepted yet: the passphrase guards every case on this computer, so it must take at least about a week to guess.',
    'strength.weak.short':
      'It has {length} characters. Use at least {suggested}: short ones are tried first.',
    'strength.weak.common': 'It is or contains one of the passwords people use most, which are tried first.',
    'strength.weak.name': 'It contains your name or your agency’s, which anyone who knows you would try.',
    'strength.weak.sequence': 'It contains a run like 1234, abcd or qwerty, which is tried early.',
    'strength.weak.repeated': 'Repeated characters add almost nothing.',
    'strength.weak.date': 'It contains a year or a date, which is easy to guess.',
    'strength.weak.digits-only': 'Digits alone give few possibilities to try.',

    'session.signIn.title': 'Sign in to Caseline',
    'session.signIn.lead': 'Case data on this computer is encrypted. It opens with your passphrase.',
    'session.signIn.account': 'Staff member',
    'session.signIn.submit': 'Sign in',
    'session.signIn.opening': 'Opening…',
    'session.signIn.wrong': 'That passphrase is not right. The attempt was recorded.',
    'session.signIn.wait': {
      one: 'Too many wrong passphrases in a row. Try again in {count} second.',
      other: 'Too many wrong passphrases in a row. Try again in {count} seconds.',
    },
    'session.signIn.none':
      'No staff account can sign in on this computer. The staff accounts file may belong to another computer.',

    'session.locked.title': 'Caseline is locked',
    'session.locked.body': 'Locked for {name}. Type your passphrase to go on where you left off.',
    'session.locked.inactivity': 'It locked itself after a time without activity.',
    'session.locked.command': 'It was locked on request.',
    'session.locked.system': 'It locked because the computer was locked or went to sleep.',
    'session.unlock': 'Unlock',
    'session.switchUser': 'Sign in as someone else',
    'session.switchUserHint': 'Anything {name} was typing and did not save will be discarded.',

    'session.signedInAs': 'Signed in as {name}',
    'session.lockButton': 'Lock',
    'session.signOut': 'Sign out',

    'session.admin.title': 'Create the administrator’s account',
    'session.admin.lead':
      'Caseline keeps case data encrypted and asks every staff member to sign in. The administrator adds the other staff, with their roles.',
    'session.admin.upgradeLead':
      'Caseline now keeps case data encrypted and asks every staff member to sign in. Create the administrator’s account; the case data already on this computer is then encrypted.',
    'session.admin.name': 'Your name',
    'session.admin.nameHint': 'Shown as the author of what you write',
    'session.admin.submit': 'Create the account',
    'session.admin.creating': 'Creating the keys…',

    'session.encrypting.title': 'Encrypting the case data',
    'session.encrypting.body':
      'Data written before staff accounts existed is being encrypted. If Caseline is closed now, it carries on at the next sign-in; nothing is lost.',
    'session.encrypting.progress': '{done} of {total} records',
    'session.encrypting.failed':
      'Encrypting stopped: {reason}. Nothing was lost; it carries on at the next sign-in.',

    'session.identity.askAdministrator':
      'This office’s signing key is missing. Only an administrator can create a new one: ask an administrator to sign in.',

    'session.settings.title': 'Sign-in and lock',
    'session.settings.lockAfter': 'Lock after this long without activity',
    'session.settings.lockHint':
      'Caseline also locks when the computer is locked or goes to sleep, and with Ctrl+L or the Lock button.',
    'session.settings.minutes': { one: '{count} minute', other: '{count} minutes' },
    'session.settings.seconds': { one: '{count} second', other: '{count} seconds' },
    'session.settings.onlyAdministrator': 'Only an administrator changes the office’s rules.',

    'session.changePassphrase': 'Change my passphrase',
    'session.currentPassphrase': 'Current passphrase',
    'session.passphraseChanged': 'Your passphrase was changed.',
    'session.wrongCurrent': 'Your current passphrase is not right.',

    'staff.title': 'Staff',
    'staff.lead': 'Everyone who works on this computer signs in with their own passphrase.',
    'staff.name': 'Name',
    'staff.role': 'Role',
    'staff.status': 'Account',
    'staff.active': 'Active',
    'staff.inactive': 'Switched off',
    'staff.you': '(you)',
    'staff.lastSignIn': 'Last signed in',
    'staff.never': 'Never',
    'staff.add': 'Add a staff member',
    'staff.addTitle': 'New staff member',
    'staff.theirPassphrase': 'Their passphrase',
    'staff.theirPassphraseHint':
      'Let the new staff member type it themselves; they can change it after signing in.',
    'staff.yourPassphrase': 'Your own passphrase, to confirm it is you',
    'staff.edit': 'Change',
    'staff.editTitle': 'Staff member: {name}',
    'staff.switchOff': 'Switch off',
    'staff.switchOn': 'Switch on',
    'staff.switchOffHint': 'A switched-off account cannot sign in; its name stays on what it wrote.',
    'staff.resetPassphrase': 'Set a new passphrase',
    'staff.resetTitle': 'New passphrase for {name}',
    'staff.added': '{name} was added.',
    'staff.saved': 'Saved.',
    'staff.onlyAdministrator': 'Only an administrator manages staff.',
    'staff.wrongYours': 'Your passphrase is not right.',

    'risk.supervisorOnly':
      'Only a supervisor can lower a case’s risk level. Save the assessment without lowering it, or ask a supervisor to assess.',

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
    'command.lock': 'Заблокировать',
    'account.role.staff': 'Сотрудник',
    'account.role.supervisor': 'Руководитель',
    'account.role.administrator': 'Администратор',
    'account.roleHelp.staff': 'Ведёт дела: пишет записи, оценивает риск, печатает и передаёт данные.',
    'account.roleHelp.supervisor':
      'Также понижает уровень риска дела, передаёт данные без согласия в исключительных случаях и читает журнал аудита.',
    'account.roleHelp.administrator':
      'Также управляет сотрудниками, делает и восстанавливает резервные копии, меняет данные ведомства и правила учреждения.',

    'session.passphrase': 'Парольная фраза',
    'session.passphraseNew': 'Парольная фраза',
    'session.passphraseRepeat': 'Повторите парольную фразу',
    'session.passphraseMismatch': 'Парольные фразы не совпадают.',
    'session.passphraseHint':
      'Несколько обычных слов легче всего запомнить и труднее всего подобрать. Забытую парольную фразу восстановить нельзя; администратор может задать новую.',
    'session.show': 'Показать',
    'session.hide': 'Скрыть',

    'strength.label': 'Надёжность',
    'strength.level.very-weak': 'Очень слабая',
    'strength.level.weak': 'Слабая',
    'strength.level.fair': 'Приемлемая',
    'strength.level.strong': 'Надёжная',
    'strength.level.very-strong': 'Очень надёжная',
    'strength.time.instant': 'Тот, у кого есть копия файлов этого компьютера, подберёт её почти сразу.',
    'strength.time.minutes': {
      one: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} минуту.',
      few: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} минуты.',
      many: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} минут.',
      other: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} минуты.',
    },
    'strength.time.hours': {
      one: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} час.',
      few: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} часа.',
      many: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} часов.',
      other: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} часа.',
    },
    'strength.time.days': {
      one: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} день.',
      few: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} дня.',
      many: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} дней.',
      other: 'Тот, у кого есть копия файлов этого компьютера, подберёт её примерно за {count} дня.',
    },
    'strength.time.months': {
      one: 'На подбор уйдёт около {count} месяца на одной мощной видеокарте.',
      few: 'На подбор уйдёт около {count} месяцев на одной мощной видеокарте.',
      many: 'На подбор уйдёт около {count} месяцев на одной мощной видеокарте.',
      other: 'На подбор уйдёт около {count} месяца на одной мощной видеокарте.',
    },
    'strength.time.years': {
      one: 'На подбор уйдёт около {count} года на одной мощной видеокарте.',
      few: 'На подбор уйдёт около {count} лет на одной мощной видеокарте.',
      many: 'На подбор уйдёт около {count} лет на одной мощной видеокарте.',
      other: 'На подбор уйдёт около {count} года на одной мощной видеокарте.',
    },
    'strength.time.centuries': 'На подбор уйдут века.',
    'strength.notAccepted':
      'Пока не принимается: парольная фраза защищает все дела на этом компьютере, поэтому на её подбор должна уйти хотя бы неделя.',
    'strength.weak.short':
      'В ней {length} символов. Нужно хотя бы {suggested}: короткие фразы перебирают первыми.',
    'strength.weak.common':
      'Это один из самых распространённых паролей или она его содержит; такие пробуют первыми.',
    'strength.weak.name': 'В ней есть ваше имя или название ведомства — их попробует любой, кто вас знает.',
    'strength.weak.sequence': 'В ней есть ряд вроде 1234, абвг или qwerty — такие пробуют рано.',
    'strength.weak.repeated': 'Повторяющиеся символы почти ничего не добавляют.',
    'strength.weak.date': 'В ней есть год или дата — их легко угадать.',
    'strength.weak.digits-only': 'Одни цифры дают мало вариантов для перебора.',

    'session.signIn.title': 'Вход в Caseline',
    'session.signIn.lead':
      'Данные дел на этом компьютере зашифрованы. Они открываются вашей парольной фразой.',
    'session.signIn.account': 'Сотрудник',
    'session.signIn.submit': 'Войти',
    'session.signIn.opening': 'Открываем…',
    'session.signIn.wrong': 'Неверная парольная фраза. Попытка записана в журнал.',
    'session.signIn.wait': {
      one: 'Слишком много неверных попыток подряд. Повторите через {count} секунду.',
      few: 'Слишком много неверных попыток подряд. Повторите через {count} секунды.',
      many: 'Слишком много неверных попыток подряд. Повторите через {count} секунд.',
      other: 'Слишком много неверных попыток подряд. Повторите через {count} секунды.',
    },
    'session.signIn.none':
      'Ни одна учётная запись не может войти на этом компьютере. Возможно, файл учётных записей принадлежит другому компьютеру.',

    'session.locked.title': 'Caseline заблокирован',
    'session.locked.body':
      'Заблокировано для: {name}. Введите парольную фразу, чтобы продолжить с того же места.',
    'session.locked.inactivity': 'Блокировка после периода бездействия.',
    'session.locked.command': 'Заблокировано по запросу.',
    'session.locked.system': 'Блокировка, потому что компьютер был заблокирован или ушёл в сон.',
    'session.unlock': 'Разблокировать',
    'session.switchUser': 'Войти под другим сотрудником',
    'session.switchUserHint': 'Несохранённое, что набирал(а) {name}, будет удалено.',

    'session.signedInAs': 'Вход выполнен: {name}',
    'session.lockButton': 'Заблокировать',
    'session.signOut': 'Выйти',

    'session.admin.title': 'Учётная запись администратора',
    'session.admin.lead':
      'Caseline хранит данные дел зашифрованными, и каждый сотрудник входит под своей учётной записью. Администратор добавляет остальных сотрудников и назначает им роли.',
    'session.admin.upgradeLead':
      'Теперь Caseline хранит данные дел зашифрованными, и каждый сотрудник входит под своей учётной записью. Создайте учётную запись администратора; затем данные дел на этом компьютере будут зашифрованы.',
    'session.admin.name': 'Ваше имя',
    'session.admin.nameHint': 'Указывается как автор ваших записей',
    'session.admin.submit': 'Создать учётную запись',
    'session.admin.creating': 'Создаём ключи…',

    'session.encrypting.title': 'Шифрование данных дел',
    'session.encrypting.body':
      'Данные, записанные до появления учётных записей, шифруются. Если закрыть Caseline сейчас, шифрование продолжится при следующем входе; ничего не потеряется.',
    'session.encrypting.progress': '{done} из {total} записей',
    'session.encrypting.failed':
      'Шифрование остановилось: {reason}. Ничего не потеряно; оно продолжится при следующем входе.',

    'session.identity.askAdministrator':
      'Нет ключа подписи ведомства. Новый может создать только администратор: попросите администратора войти.',

    'session.settings.title': 'Вход и блокировка',
    'session.settings.lockAfter': 'Блокировать после бездействия',
    'session.settings.lockHint':
      'Caseline также блокируется, когда компьютер заблокирован или уходит в сон, а также по Ctrl+L и кнопке «Заблокировать».',
    'session.settings.minutes': {
      one: '{count} минута',
      few: '{count} минуты',
      many: '{count} минут',
      other: '{count} минуты',
    },
    'session.settings.seconds': {
      one: '{count} секунда',
      few: '{count} секунды',
      many: '{count} секунд',
      other: '{count} секунды',
    },
    'session.settings.onlyAdministrator': 'Правила учреждения меняет только администратор.',

    'session.changePassphrase': 'Сменить мою парольную фразу',
    'session.currentPassphrase': 'Текущая парольная фраза',
    'session.passphraseChanged': 'Ваша парольная фраза изменена.',
    'session.wrongCurrent': 'Текущая парольная фраза неверна.',

    'staff.title': 'Сотрудники',
    'staff.lead': 'Каждый, кто работает на этом компьютере, входит со своей парольной фразой.',
    'staff.name': 'Имя',
    'staff.role': 'Роль',
    'staff.status': 'Учётная запись',
    'staff.active': 'Действует',
    'staff.inactive': 'Отключена',
    'staff.you': '(вы)',
    'staff.lastSignIn': 'Последний вход',
    'staff.never': 'Не входил(а)',
    'staff.add': 'Добавить сотрудника',
    'staff.addTitle': 'Новый сотрудник',
    'staff.theirPassphrase': 'Парольная фраза сотрудника',
    'staff.theirPassphraseHint': 'Пусть новый сотрудник введёт её сам; после входа он сможет её сменить.',
    'staff.yourPassphrase': 'Ваша парольная фраза — для подтверждения, что это вы',
    'staff.edit': 'Изменить',
    'staff.editTitle': 'Сотрудник: {name}',
    'staff.switchOff': 'Отключить',
    'staff.switchOn': 'Включить',
    'staff.switchOffHint': 'Отключённая учётная запись не может войти; её имя остаётся на написанном.',
    'staff.resetPassphrase': 'Задать новую парольную фразу',
    'staff.resetTitle': 'Новая парольная фраза: {name}',
    'staff.added': 'Сотрудник {name} добавлен.',
    'staff.saved': 'Сохранено.',
    'staff.onlyAdministrator': 'Сотрудниками управляет только администратор.',
    'staff.wrongYours': 'Ваша парольная фраза неверна.',

    'risk.supervisorOnly':
      'Понизить уровень риска дела может только руководитель. Сохраните оценку без понижения или попросите руководителя провести оценку.',

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
    'command.lock': 'Құлыптау',
    'account.role.staff': 'Қызметкер',
    'account.role.supervisor': 'Жетекші',
    'account.role.administrator': 'Әкімші',
    'account.roleHelp.staff':
      'Істерді жүргізеді: жазба жазады, қауіпті бағалайды, басып шығарады және деректер береді.',
    'account.roleHelp.supervisor':
      'Сондай-ақ істің қауіп деңгейін төмендетеді, ерекше жағдайда келісімсіз деректер береді және аудит журналын оқиды.',
    'account.roleHelp.administrator':
      'Сондай-ақ қызметкерлерді басқарады, сақтық көшірме жасайды және қалпына келтіреді, ведомство деректері мен мекеме ережелерін өзгертеді.',

    'session.passphrase': 'Құпия сөз тіркесі',
    'session.passphraseNew': 'Құпия сөз тіркесі',
    'session.passphraseRepeat': 'Құпия сөз тіркесін қайталаңыз',
    'session.passphraseMismatch': 'Құпия сөз тіркестері сәйкес келмейді.',
    'session.passphraseHint':
      'Бірнеше қарапайым сөзді есте сақтау оңай, ал табу қиын. Ұмытылған құпия сөз тіркесін қалпына келтіру мүмкін емес; әкімші жаңасын орната алады.',
    'session.show': 'Көрсету',
    'session.hide': 'Жасыру',

    'strength.label': 'Сенімділік',
    'strength.level.very-weak': 'Өте әлсіз',
    'strength.level.weak': 'Әлсіз',
    'strength.level.fair': 'Қолайлы',
    'strength.level.strong': 'Сенімді',
    'strength.level.very-strong': 'Өте сенімді',
    'strength.time.instant': 'Осы компьютер файлдарының көшірмесі бар адам оны бірден дерлік табады.',
    'strength.time.minutes': {
      one: 'Осы компьютер файлдарының көшірмесі бар адам оны шамамен {count} минутта табады.',
      other: 'Осы компьютер файлдарының көшірмесі бар адам оны шамамен {count} минутта табады.',
    },
    'strength.time.hours': {
      one: 'Осы компьютер файлдарының көшірмесі бар адам оны шамамен {count} сағатта табады.',
      other: 'Осы компьютер файлдарының көшірмесі бар адам оны шамамен {count} сағатта табады.',
    },
    'strength.time.days': {
      one: 'Осы компьютер файлдарының көшірмесі бар адам оны шамамен {count} күнде табады.',
      other: 'Осы компьютер файлдарының көшірмесі бар адам оны шамамен {count} күнде табады.',
    },
    'strength.time.months': {
      one: 'Бір қуатты бейнекартамен табуға шамамен {count} ай кетеді.',
      other: 'Бір қуатты бейнекартамен табуға шамамен {count} ай кетеді.',
    },
    'strength.time.years': {
      one: 'Бір қуатты бейнекартамен табуға шамамен {count} жыл кетеді.',
      other: 'Бір қуатты бейнекартамен табуға шамамен {count} жыл кетеді.',
    },
    'strength.time.centuries': 'Табуға ғасырлар кетеді.',
    'strength.notAccepted':
      'Әзірге қабылданбайды: құпия сөз тіркесі осы компьютердегі барлық істі қорғайды, сондықтан оны табуға кемінде бір апта кетуі керек.',
    'strength.weak.short':
      'Онда {length} таңба бар. Кемінде {suggested} таңба қажет: қысқаларын бірінші тексереді.',
    'strength.weak.common':
      'Бұл ең жиі қолданылатын құпия сөздердің бірі немесе соны қамтиды; оларды бірінші тексереді.',
    'strength.weak.name':
      'Онда сіздің атыңыз немесе ведомство атауы бар — сізді танитын кез келген адам оны тексереді.',
    'strength.weak.sequence': 'Онда 1234, абвг немесе qwerty сияқты қатар бар — оларды ерте тексереді.',
    'strength.weak.repeated': 'Қайталанатын таңбалар ештеңе дерлік қоспайды.',
    'strength.weak.date': 'Онда жыл немесе күн бар — оларды табу оңай.',
    'strength.weak.digits-only': 'Тек цифрлар тексеруге аз нұсқа береді.',

    'session.signIn.title': 'Caseline-ға кіру',
    'session.signIn.lead':
      'Осы компьютердегі іс деректері шифрланған. Олар сіздің құпия сөз тіркесіңізбен ашылады.',
    'session.signIn.account': 'Қызметкер',
    'session.signIn.submit': 'Кіру',
    'session.signIn.opening': 'Ашылуда…',
    'session.signIn.wrong': 'Құпия сөз тіркесі қате. Әрекет журналға жазылды.',
    'session.signIn.wait': {
      one: 'Қатарынан тым көп қате әрекет. {count} секундтан кейін қайталаңыз.',
      other: 'Қатарынан тым көп қате әрекет. {count} секундтан кейін қайталаңыз.',
    },
    'session.signIn.none':
      'Бұл компьютерде бірде-бір есептік жазба кіре алмайды. Есептік жазбалар файлы басқа компьютерге тиесілі болуы мүмкін.',

    'session.locked.title': 'Caseline құлыпталған',
    'session.locked.body':
      '{name} үшін құлыпталған. Тоқтаған жерден жалғастыру үшін құпия сөз тіркесін енгізіңіз.',
    'session.locked.inactivity': 'Әрекетсіз біраз уақыттан кейін өзі құлыпталды.',
    'session.locked.command': 'Сұрау бойынша құлыпталды.',
    'session.locked.system': 'Компьютер құлыпталғандықтан немесе ұйқы режиміне өткендіктен құлыпталды.',
    'session.unlock': 'Құлыпты ашу',
    'session.switchUser': 'Басқа қызметкер ретінде кіру',
    'session.switchUserHint': '{name} терген, бірақ сақтамаған мәтін жойылады.',

    'session.signedInAs': 'Жүйеде: {name}',
    'session.lockButton': 'Құлыптау',
    'session.signOut': 'Шығу',

    'session.admin.title': 'Әкімшінің есептік жазбасы',
    'session.admin.lead':
      'Caseline іс деректерін шифрланған түрде сақтайды және әр қызметкер өз есептік жазбасымен кіреді. Әкімші басқа қызметкерлерді қосып, оларға рөл береді.',
    'session.admin.upgradeLead':
      'Енді Caseline іс деректерін шифрланған түрде сақтайды және әр қызметкер өз есептік жазбасымен кіреді. Әкімшінің есептік жазбасын жасаңыз; содан кейін осы компьютердегі іс деректері шифрланады.',
    'session.admin.name': 'Сіздің атыңыз',
    'session.admin.nameHint': 'Жазбаларыңыздың авторы ретінде көрсетіледі',
    'session.admin.submit': 'Есептік жазба жасау',
    'session.admin.creating': 'Кілттер жасалуда…',

    'session.encrypting.title': 'Іс деректері шифрлануда',
    'session.encrypting.body':
      'Есептік жазбалар пайда болғанға дейін жазылған деректер шифрлануда. Caseline қазір жабылса, шифрлау келесі кіргенде жалғасады; ештеңе жоғалмайды.',
    'session.encrypting.progress': '{total} жазбаның {done}',
    'session.encrypting.failed':
      'Шифрлау тоқтады: {reason}. Ештеңе жоғалған жоқ; ол келесі кіргенде жалғасады.',

    'session.identity.askAdministrator':
      'Ведомствоның қолтаңба кілті жоқ. Жаңасын тек әкімші жасай алады: әкімшіден кіруді сұраңыз.',

    'session.settings.title': 'Кіру және құлыптау',
    'session.settings.lockAfter': 'Әрекетсіздіктен кейін құлыптау',
    'session.settings.lockHint':
      'Caseline компьютер құлыпталғанда немесе ұйқы режиміне өткенде, сондай-ақ Ctrl+L және «Құлыптау» батырмасы арқылы да құлыпталады.',
    'session.settings.minutes': { one: '{count} минут', other: '{count} минут' },
    'session.settings.seconds': { one: '{count} секунд', other: '{count} секунд' },
    'session.settings.onlyAdministrator': 'Мекеме ережелерін тек әкімші өзгертеді.',

    'session.changePassphrase': 'Құпия сөз тіркесімді өзгерту',
    'session.currentPassphrase': 'Қазіргі құпия сөз тіркесі',
    'session.passphraseChanged': 'Құпия сөз тіркесіңіз өзгертілді.',
    'session.wrongCurrent': 'Қазіргі құпия сөз тіркесі қате.',

    'staff.title': 'Қызметкерлер',
    'staff.lead': 'Осы компьютерде жұмыс істейтін әркім өз құпия сөз тіркесімен кіреді.',
    'staff.name': 'Аты',
    'staff.role': 'Рөлі',
    'staff.status': 'Есептік жазба',
    'staff.active': 'Белсенді',
    'staff.inactive': 'Өшірілген',
    'staff.you': '(сіз)',
    'staff.lastSignIn': 'Соңғы кіруі',
    'staff.never': 'Кірмеген',
    'staff.add': 'Қызметкер қосу',
    'staff.addTitle': 'Жаңа қызметкер',
    'staff.theirPassphrase': 'Қызметкердің құпия сөз тіркесі',
    'staff.theirPassphraseHint': 'Жаңа қызметкер оны өзі енгізсін; кіргеннен кейін оны өзгерте алады.',
    'staff.yourPassphrase': 'Өз құпия сөз тіркесіңіз — бұл сіз екеніңізді растау үшін',
    'staff.edit': 'Өзгерту',
    'staff.editTitle': 'Қызметкер: {name}',
    'staff.switchOff': 'Өшіру',
    'staff.switchOn': 'Қосу',
    'staff.switchOffHint': 'Өшірілген есептік жазба кіре алмайды; оның аты жазғандарында қалады.',
    'staff.resetPassphrase': 'Жаңа құпия сөз тіркесін орнату',
    'staff.resetTitle': 'Жаңа құпия сөз тіркесі: {name}',
    'staff.added': '{name} қосылды.',
    'staff.saved': 'Сақталды.',
    'staff.onlyAdministrator': 'Қызметкерлерді тек әкімші басқарады.',
    'staff.wrongYours': 'Құпия сөз тіркесіңіз қате.',

    'risk.supervisorOnly':
      'Істің қауіп деңгейін тек жетекші төмендете алады. Бағалауды деңгейді төмендетпей сақтаңыз немесе жетекшіден бағалауды сұраңыз.',

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
