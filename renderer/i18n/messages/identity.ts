/** This office's identity and signing key: setup for a known agency, a missing or unreadable identity. */
import { defineMessages } from '../define';

export const identityMessages = defineMessages({
  en: {
    'identity.err.invisible':
      'Invisible characters that can change how the name reads: {chars}. Remove them.',
    'setup.forAgency': 'Caseline on this computer belongs to {agency}. Tell it who you are.',
    'setup.district': 'District or city',
    'identity.missing.title': 'This office’s signing key is missing',
    'identity.missing.body.before': 'The case data on this computer belongs to',
    'identity.missing.body.after':
      '. The file that holds the office’s identity and signing key is missing. Nothing has been changed.',
    'identity.missing.partners':
      'You can create a new signing key for the same agency: its cases stay its own. Partner agencies will be told that the key changed and should confirm the new fingerprint with you by phone.',
    'identity.missing.action': 'Create a new signing key for this agency',
    'identity.unreadable.title': 'This office’s identity file cannot be read',
    'identity.unreadable.body':
      'The file identity.json in the Caseline data folder is damaged. Nothing has been changed, and Caseline will not replace it on its own: restore it from a backup or ask your administrator.',
    'identity.otherAgency.title': 'This case data belongs to another agency',
    'identity.otherAgency.body':
      'The case data on this computer belongs to {database}, but this office’s identity is {identity}. Nothing has been opened or changed. Ask your administrator.',
    'identity.dataFolder': 'Data folder: {path}',
    'settings.fingerprint': 'This office’s key fingerprint, for partners to compare by phone:',
    'error.identity-exists': 'This office already has an identity; it was not replaced.',
    'error.identity-missing': 'This office has no identity yet.',
    'error.identity-unreadable': 'This office’s identity file cannot be read.',
    'error.identity-key-unavailable':
      'The signing key cannot be opened on this computer (it is sealed by another computer’s keychain).',
  },
  ru: {
    'identity.err.invisible':
      'Невидимые символы, которые могут изменить прочтение имени: {chars}. Удалите их.',
    'setup.forAgency': 'Caseline на этом компьютере принадлежит ведомству «{agency}». Укажите, кто вы.',
    'setup.district': 'Район или город',
    'identity.missing.title': 'Нет ключа подписи ведомства',
    'identity.missing.body.before': 'Данные дел на этом компьютере принадлежат ведомству',
    'identity.missing.body.after':
      '. Файл с удостоверением ведомства и ключом подписи отсутствует. Ничего не изменено.',
    'identity.missing.partners':
      'Можно создать новый ключ подписи для того же ведомства: его дела останутся за ним. Ведомствам-партнёрам будет сообщено о смене ключа; новый отпечаток им следует сверить с вами по телефону.',
    'identity.missing.action': 'Создать новый ключ подписи для этого ведомства',
    'identity.unreadable.title': 'Файл удостоверения ведомства не читается',
    'identity.unreadable.body':
      'Файл identity.json в папке данных Caseline повреждён. Ничего не изменено, и Caseline не заменит его сама: восстановите его из резервной копии или обратитесь к администратору.',
    'identity.otherAgency.title': 'Эти данные дел принадлежат другому ведомству',
    'identity.otherAgency.body':
      'Данные дел на этом компьютере принадлежат ведомству «{database}», а удостоверение — ведомству «{identity}». Ничего не открыто и не изменено. Обратитесь к администратору.',
    'identity.dataFolder': 'Папка данных: {path}',
    'settings.fingerprint': 'Отпечаток ключа ведомства — партнёры сверяют его по телефону:',
    'error.identity-exists': 'У ведомства уже есть удостоверение; оно не заменено.',
    'error.identity-missing': 'У ведомства ещё нет удостоверения.',
    'error.identity-unreadable': 'Файл удостоверения ведомства не читается.',
    'error.identity-key-unavailable':
      'Ключ подписи нельзя открыть на этом компьютере (он защищён хранилищем ключей другого компьютера).',
  },
  kk: {
    'identity.err.invisible':
      'Мәтіннің оқылуын өзгертуі мүмкін көрінбейтін таңбалар: {chars}. Оларды жойыңыз.',
    'setup.forAgency':
      'Осы компьютердегі Caseline «{agency}» ведомствосына тиесілі. Кім екеніңізді көрсетіңіз.',
    'setup.district': 'Аудан немесе қала',
    'identity.missing.title': 'Ведомствоның қол қою кілті жоқ',
    'identity.missing.body.before': 'Осы компьютердегі іс деректері мына ведомствоға тиесілі:',
    'identity.missing.body.after':
      '. Ведомство куәлігі мен қол қою кілті сақталған файл жоқ. Ештеңе өзгертілген жоқ.',
    'identity.missing.partners':
      'Сол ведомство үшін жаңа қол қою кілтін жасауға болады: оның істері өзінде қалады. Серіктес ведомстволарға кілттің ауысқаны хабарланады; жаңа бақылау белгісін олар сізбен телефон арқылы салыстыруы керек.',
    'identity.missing.action': 'Осы ведомство үшін жаңа қол қою кілтін жасау',
    'identity.unreadable.title': 'Ведомство куәлігінің файлы оқылмайды',
    'identity.unreadable.body':
      'Caseline деректер қалтасындағы identity.json файлы бүлінген. Ештеңе өзгертілген жоқ, Caseline оны өзі ауыстырмайды: сақтық көшірмеден қалпына келтіріңіз немесе әкімшіге хабарласыңыз.',
    'identity.otherAgency.title': 'Бұл іс деректері басқа ведомствоға тиесілі',
    'identity.otherAgency.body':
      'Осы компьютердегі іс деректері «{database}» ведомствосына тиесілі, ал куәлік — «{identity}» ведомствосынікі. Ештеңе ашылған да, өзгертілген де жоқ. Әкімшіге хабарласыңыз.',
    'identity.dataFolder': 'Деректер қалтасы: {path}',
    'settings.fingerprint':
      'Ведомство кілтінің бақылау белгісі — серіктестер оны телефон арқылы салыстырады:',
    'error.identity-exists': 'Ведомствоның куәлігі бар; ол ауыстырылған жоқ.',
    'error.identity-missing': 'Ведомствоның әлі куәлігі жоқ.',
    'error.identity-unreadable': 'Ведомство куәлігінің файлы оқылмайды.',
    'error.identity-key-unavailable':
      'Қол қою кілтін осы компьютерде ашу мүмкін емес (ол басқа компьютердің кілттер қоймасымен қорғалған).',
  },
});
