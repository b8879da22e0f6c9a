/** Backups and restores. */
import { defineMessages } from '../define';

export const backupMessages = defineMessages({
  en: {
    'setup.administrator': 'The administrator',
    'setup.administratorLead':
      'You are this office’s first staff member and its administrator: you add the others. Your passphrase encrypts everything Caseline keeps on this computer.',
    'setup.restore': 'Restore a backup instead',

    'backup.title': 'Backups',
    'backup.never': 'No backup has been made on this computer yet.',
    'backup.last': 'Last backup: {when}.',
    'backup.explain':
      'A backup holds everything: cases, the audit log, staff accounts and the office’s signing key, encrypted. Only an administrator’s passphrase opens it. Keep it away from this computer, for example on a drive kept locked up.',
    'backup.remindAfter': 'Remind me when the last backup is older than',
    'backup.days': { one: '{count} day', other: '{count} days' },
    'backup.make': 'Make a backup…',
    'backup.dialogTitle': 'Save the backup',
    'backup.progress': '{done} of {total} records',
    'backup.done': 'Backup saved: {path}',
    'backup.reminder.never': 'No backup of this office has been made yet.',
    'backup.reminder.old': {
      one: 'The last backup is {count} day old.',
      other: 'The last backup is {count} days old.',
    },
    'backup.reminder.go': 'Make a backup',

    'backup.restore.title': 'Restore a backup',
    'backup.restore.lead':
      'A backup is restored only into a new installation like this one, which holds nothing yet. The whole file is checked before anything is written.',
    'backup.restore.choose': 'Choose the backup file…',
    'backup.restore.dialogTitle': 'Choose a Caseline backup',
    'backup.restore.file': 'File:',
    'backup.restore.of': 'Backup of',
    'backup.restore.passphrase': 'An administrator’s passphrase',
    'backup.restore.submit': 'Check and restore',
    'backup.restore.checking': 'Checking the whole file…',
    'backup.restore.writing': 'Restoring…',
    'backup.resume.title': 'Finish the restore',
    'backup.resume.lead':
      'Restoring {name} stopped before it finished. Finish it now, or give it up and start with an empty installation.',
    'backup.resume.again': 'Open the backup again',
    'backup.resume.giveUp': 'Give up the restore',
    'backup.nothingChanged': 'Nothing was changed.',
    'backup.problem.not-a-backup': 'This file is not a Caseline backup.',
    'backup.problem.unsupported': 'This backup was made by a newer version of Caseline.',
    'backup.problem.other-schema':
      'This backup was made by another version of Caseline: restore it with that version.',
    'backup.problem.wrong-passphrase':
      'This passphrase opens none of the administrators’ keys in the backup.',
    'backup.problem.damaged': 'The backup is damaged or was changed: a part of it does not open.',
    'backup.problem.incomplete': 'The backup is incomplete: the file ends too early.',

    'error.backup-unreadable': 'The backup file cannot be read.',
    'error.not-empty':
      'A backup is restored only into an installation that holds nothing yet. Nothing was changed.',
  },
  ru: {
    'setup.administrator': 'Администратор',
    'setup.administratorLead':
      'Вы — первый сотрудник и администратор этого учреждения: остальных добавляете вы. Ваша парольная фраза шифрует всё, что Caseline хранит на этом компьютере.',
    'setup.restore': 'Восстановить из резервной копии',

    'backup.title': 'Резервные копии',
    'backup.never': 'На этом компьютере ещё не делали резервной копии.',
    'backup.last': 'Последняя резервная копия: {when}.',
    'backup.explain':
      'В резервной копии есть всё: дела, журнал аудита, учётные записи сотрудников и ключ подписи ведомства, в зашифрованном виде. Открывает её только парольная фраза администратора. Храните её отдельно от этого компьютера, например на носителе под замком.',
    'backup.remindAfter': 'Напоминать, если последней копии больше',
    'backup.days': { one: '{count} дня', few: '{count} дней', many: '{count} дней', other: '{count} дня' },
    'backup.make': 'Сделать резервную копию…',
    'backup.dialogTitle': 'Сохранить резервную копию',
    'backup.progress': '{done} из {total} записей',
    'backup.done': 'Резервная копия сохранена: {path}',
    'backup.reminder.never': 'Резервной копии этого учреждения ещё нет.',
    'backup.reminder.old': {
      one: 'Последней резервной копии {count} день.',
      few: 'Последней резервной копии {count} дня.',
      many: 'Последней резервной копии {count} дней.',
      other: 'Последней резервной копии {count} дня.',
    },
    'backup.reminder.go': 'Сделать копию',

    'backup.restore.title': 'Восстановление из резервной копии',
    'backup.restore.lead':
      'Резервная копия восстанавливается только в новую установку, как эта, в которой ещё ничего нет. Весь файл проверяется до того, как что-либо будет записано.',
    'backup.restore.choose': 'Выбрать файл копии…',
    'backup.restore.dialogTitle': 'Выберите резервную копию Caseline',
    'backup.restore.file': 'Файл:',
    'backup.restore.of': 'Копия учреждения',
    'backup.restore.passphrase': 'Парольная фраза администратора',
    'backup.restore.submit': 'Проверить и восстановить',
    'backup.restore.checking': 'Проверяем весь файл…',
    'backup.restore.writing': 'Восстанавливаем…',
    'backup.resume.title': 'Завершить восстановление',
    'backup.resume.lead':
      'Восстановление из {name} остановилось, не завершившись. Завершите его сейчас или откажитесь и начните с пустой установки.',
    'backup.resume.again': 'Открыть копию снова',
    'backup.resume.giveUp': 'Отказаться от восстановления',
    'backup.nothingChanged': 'Ничего не изменено.',
    'backup.problem.not-a-backup': 'Этот файл не является резервной копией Caseline.',
    'backup.problem.unsupported': 'Эта копия сделана более новой версией Caseline.',
    'backup.problem.other-schema': 'Эта копия сделана другой версией Caseline: восстановите её в той версии.',
    'backup.problem.wrong-passphrase':
      'Эта парольная фраза не открывает ни один из ключей администраторов в копии.',
    'backup.problem.damaged': 'Копия повреждена или изменена: часть её не открывается.',
    'backup.problem.incomplete': 'Копия неполная: файл обрывается раньше конца.',

    'error.backup-unreadable': 'Файл резервной копии не читается.',
    'error.not-empty': 'Резервная копия восстанавливается только в пустую установку. Ничего не изменено.',
  },
  kk: {
    'setup.administrator': 'Әкімші',
    'setup.administratorLead':
      'Сіз осы мекеменің алғашқы қызметкері және әкімшісісіз: басқаларды сіз қосасыз. Құпия сөз тіркесіңіз Caseline осы компьютерде сақтайтынның бәрін шифрлайды.',
    'setup.restore': 'Сақтық көшірмеден қалпына келтіру',

    'backup.title': 'Сақтық көшірмелер',
    'backup.never': 'Бұл компьютерде әлі сақтық көшірме жасалған жоқ.',
    'backup.last': 'Соңғы сақтық көшірме: {when}.',
    'backup.explain':
      'Сақтық көшірмеде бәрі бар: істер, аудит журналы, қызметкерлердің есептік жазбалары және ведомствоның қолтаңба кілті, шифрланған түрде. Оны тек әкімшінің құпия сөз тіркесі ашады. Оны осы компьютерден бөлек сақтаңыз, мысалы, құлыпталған жердегі тасымалдағышта.',
    'backup.remindAfter': 'Соңғы көшірме мынадан ескі болса, еске салу',
    'backup.days': { one: '{count} күн', other: '{count} күн' },
    'backup.make': 'Сақтық көшірме жасау…',
    'backup.dialogTitle': 'Сақтық көшірмені сақтау',
    'backup.progress': '{total} жазбаның {done}',
    'backup.done': 'Сақтық көшірме сақталды: {path}',
    'backup.reminder.never': 'Бұл мекеменің сақтық көшірмесі әлі жоқ.',
    'backup.reminder.old': {
      one: 'Соңғы сақтық көшірме {count} күн бұрын жасалған.',
      other: 'Соңғы сақтық көшірме {count} күн бұрын жасалған.',
    },
    'backup.reminder.go': 'Көшірме жасау',

    'backup.restore.title': 'Сақтық көшірмеден қалпына келтіру',
    'backup.restore.lead':
      'Сақтық көшірме тек осы сияқты әлі ештеңе жоқ жаңа орнатымға қалпына келтіріледі. Ештеңе жазылмас бұрын бүкіл файл тексеріледі.',
    'backup.restore.choose': 'Көшірме файлын таңдау…',
    'backup.restore.dialogTitle': 'Caseline сақтық көшірмесін таңдаңыз',
    'backup.restore.file': 'Файл:',
    'backup.restore.of': 'Мекеменің көшірмесі:',
    'backup.restore.passphrase': 'Әкімшінің құпия сөз тіркесі',
    'backup.restore.submit': 'Тексеру және қалпына келтіру',
    'backup.restore.checking': 'Бүкіл файл тексерілуде…',
    'backup.restore.writing': 'Қалпына келтірілуде…',
    'backup.resume.title': 'Қалпына келтіруді аяқтау',
    'backup.resume.lead':
      '{name} файлынан қалпына келтіру аяқталмай тоқтады. Оны қазір аяқтаңыз немесе одан бас тартып, бос орнатымнан бастаңыз.',
    'backup.resume.again': 'Көшірмені қайта ашу',
    'backup.resume.giveUp': 'Қалпына келтіруден бас тарту',
    'backup.nothingChanged': 'Ештеңе өзгертілмеді.',
    'backup.problem.not-a-backup': 'Бұл файл Caseline сақтық көшірмесі емес.',
    'backup.problem.unsupported': 'Бұл көшірме Caseline-ның жаңарақ нұсқасында жасалған.',
    'backup.problem.other-schema':
      'Бұл көшірме Caseline-ның басқа нұсқасында жасалған: оны сол нұсқада қалпына келтіріңіз.',
    'backup.problem.wrong-passphrase':
      'Бұл құпия сөз тіркесі көшірмедегі әкімшілердің бірде-бір кілтін ашпайды.',
    'backup.problem.damaged': 'Көшірме зақымдалған немесе өзгертілген: оның бір бөлігі ашылмайды.',
    'backup.problem.incomplete': 'Көшірме толық емес: файл ерте аяқталады.',

    'error.backup-unreadable': 'Сақтық көшірме файлы оқылмайды.',
    'error.not-empty': 'Сақтық көшірме тек бос орнатымға қалпына келтіріледі. Ештеңе өзгертілмеді.',
  },
});
