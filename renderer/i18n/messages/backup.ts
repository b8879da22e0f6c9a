/** Backups, restores and storage. */
import { defineMessages } from '../define';

export const backupMessages = defineMessages({
  en: {
    'error.backup-unreadable': 'The backup file cannot be read.',
    'error.not-empty':
      'A backup is restored only into an installation that holds nothing yet. Nothing was changed.',
  },
  ru: {
    'error.backup-unreadable': 'Файл резервной копии не читается.',
    'error.not-empty': 'Резервная копия восстанавливается только в пустую установку. Ничего не изменено.',
  },
  kk: {
    'error.backup-unreadable': 'Сақтық көшірме файлы оқылмайды.',
    'error.not-empty': 'Сақтық көшірме тек бос орнатымға қалпына келтіріледі. Ештеңе өзгертілмеді.',
  },
});
