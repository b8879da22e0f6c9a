/** Storage room and faults. */
import { defineMessages } from '../define';

export const storageMessages = defineMessages({
  en: {
    'storage.title': 'Storage',
    'storage.used': '{used} used by Caseline; about {free} more available.',
    'storage.unknown': 'This computer does not say how much storage is available.',
    'storage.low': 'Little room is left. Free some disk space before it runs out, and make a backup.',
    'storage.fault.quota':
      'This computer has no room left for Caseline’s data: what you were saving was not saved, and is still in its form. Everything saved before is kept. Free some disk space, then save again.',
    'storage.fault.failed':
      'This computer’s storage refused to save: what you were saving was not saved, and is still in its form. Everything saved before is kept. Check that the disk is not full or failing, then save again.',
    'storage.fault.closed':
      'The case database was closed by the system. Everything saved before is kept; what was not yet saved may need typing again. Restart Caseline to go on.',
    'storage.restart': 'Restart Caseline',
    'storage.settingsRecovered':
      'The settings file could not be read when Caseline started. It was kept, untouched, at {path}, and default settings are used. Case data is not affected.',
  },
  ru: {
    'storage.title': 'Хранилище',
    'storage.used': 'Caseline занимает {used}; доступно ещё около {free}.',
    'storage.unknown': 'Этот компьютер не сообщает, сколько места доступно.',
    'storage.low':
      'Места осталось мало. Освободите место на диске, пока оно не кончилось, и сделайте резервную копию.',
    'storage.fault.quota':
      'На этом компьютере не осталось места для данных Caseline: то, что вы сохраняли, не сохранено и осталось в форме. Всё сохранённое раньше на месте. Освободите место на диске и сохраните снова.',
    'storage.fault.failed':
      'Хранилище этого компьютера отказалось сохранять: то, что вы сохраняли, не сохранено и осталось в форме. Всё сохранённое раньше на месте. Проверьте, не заполнен ли и исправен ли диск, и сохраните снова.',
    'storage.fault.closed':
      'База данных дел была закрыта системой. Всё сохранённое раньше на месте; несохранённое, возможно, придётся набрать заново. Перезапустите Caseline, чтобы продолжить.',
    'storage.restart': 'Перезапустить Caseline',
    'storage.settingsRecovered':
      'При запуске не удалось прочитать файл настроек. Он сохранён без изменений: {path}; используются настройки по умолчанию. Данные дел не затронуты.',
  },
  kk: {
    'storage.title': 'Қойма',
    'storage.used': 'Caseline {used} алып тұр; тағы шамамен {free} бос.',
    'storage.unknown': 'Бұл компьютер қанша орын бар екенін хабарламайды.',
    'storage.low': 'Орын аз қалды. Ол таусылмай тұрып дискіде орын босатып, сақтық көшірме жасаңыз.',
    'storage.fault.quota':
      'Бұл компьютерде Caseline деректеріне орын қалмады: сіз сақтап жатқан нәрсе сақталмады және пішінде қалды. Бұрын сақталғанның бәрі орнында. Дискіде орын босатып, қайта сақтаңыз.',
    'storage.fault.failed':
      'Бұл компьютердің қоймасы сақтаудан бас тартты: сіз сақтап жатқан нәрсе сақталмады және пішінде қалды. Бұрын сақталғанның бәрі орнында. Дискінің толмағанын және ақаусыз екенін тексеріп, қайта сақтаңыз.',
    'storage.fault.closed':
      'Істер дерекқорын жүйе жауып тастады. Бұрын сақталғанның бәрі орнында; сақталмағанын қайта теру қажет болуы мүмкін. Жалғастыру үшін Caseline-ды қайта іске қосыңыз.',
    'storage.restart': 'Caseline-ды қайта іске қосу',
    'storage.settingsRecovered':
      'Іске қосу кезінде баптаулар файлы оқылмады. Ол өзгеріссіз сақталды: {path}; әдепкі баптаулар қолданылады. Іс деректеріне әсер еткен жоқ.',
  },
});
