/**
 * What is wrong with a `.caseline` or `.caseline-partner` file (shared/bundle/errors.ts), one
 * message per error code in the user's words, the warnings on a file that was read, and why a
 * valid bundle is still not taken in (shared/bundle/incoming.ts).
 */
import { defineMessages } from '../define';

export const bundleErrorMessages = defineMessages({
  en: {
    'bundleError.too-large': 'This file is too large for a case bundle ({size} bytes; at most {max}).',
    'bundleError.not-json':
      'This file is not a Caseline bundle: it cannot be read as one. It may be another kind of document, or damaged.',
    'bundleError.truncated':
      'This file is incomplete: it was cut short while it was copied or downloaded. Copy it again, or ask the sender for it again.',
    'bundleError.not-a-bundle.unknown': 'This file is not a case bundle.',
    'bundleError.not-a-bundle.partner-card':
      'This is a partner card, not a case bundle: add it in Settings → Partners.',
    'bundleError.not-a-partner-card.unknown': 'This file is not a partner card.',
    'bundleError.not-a-partner-card.bundle':
      'This is a case bundle, not a partner card: open it with “Receive a bundle”.',
    'bundleError.newer-version':
      'This bundle was made by a newer version of Caseline (format {version}; this one reads up to {supported}). Update Caseline to open it.',
    'bundleError.unsupported-version':
      'This file names a format version ({version}) Caseline never used: it is damaged or was not made by Caseline.',
    'bundleError.needs-passphrase': 'This bundle is encrypted. Enter the passphrase the sender gave you.',
    'bundleError.wrong-passphrase':
      'This passphrase does not open the bundle. Check it with the sender: letters, capitals and keyboard layout all count.',
    'bundleError.damaged':
      'The passphrase is right, but the encrypted content was changed or damaged. Ask the sender for the file again.',
    'bundleError.kdf-rejected':
      'This file’s encryption settings are not ones Caseline accepts ({iterations} rounds; from {min} to {max} are accepted). It was changed, or not made by Caseline.',
    'bundleError.unknown-field':
      'The file holds something the bundle format does not have (“{field}”): it was changed, or not made by Caseline.',
    'bundleError.missing-field': 'Something every bundle must have is missing from the file (“{field}”).',
    'bundleError.forbidden-key':
      'The file uses a name that is never allowed (“{key}”): a sign of a file made to do harm. Nothing in it was used.',
    'bundleError.wrong-type': 'A value in the file is of the wrong type (expected: {expected}).',
    'bundleError.invalid-value': 'A value in the file is not one that is allowed (expected: {expected}).',
    'bundleError.string-too-long': 'A text in the file is too long ({length} characters; at most {max}).',
    'bundleError.too-many': 'The file holds too many items in one list ({count}; at most {max}).',
    'bundleError.too-few': 'A list in the file has too few items (at least {min}).',
    'bundleError.out-of-range': 'A number in the file is out of range (from {min} to {max}).',
    'bundleError.bad-text':
      'A text in the file holds characters that are not text (a null character or half of a character).',
    'bundleError.bad-id': 'An identifier in the file is not written as Caseline writes identifiers.',
    'bundleError.bad-date': 'A date or time in the file does not exist or is not written as expected.',
    'bundleError.date-out-of-range': 'A date in the file is outside the years {min}–{max}.',
    'bundleError.unknown-kind':
      'The file holds an entry of a kind this Caseline does not know (“{kind}”). Update Caseline, or ask the sender.',
    'bundleError.wrong-case': 'The file mixes entries of another case into this one.',
    'bundleError.duplicate-id': 'The same entry or person appears twice in the file.',
    'bundleError.dangling-reference':
      'An entry refers to another entry that is neither in the file nor declared as withheld.',
    'bundleError.dangling-person': 'An entry refers to a person who is not in the file.',
    'bundleError.bad-reference.self': 'An entry refers to itself.',
    'bundleError.bad-reference.wrong-kind': 'An entry refers to an entry of the wrong kind.',
    'bundleError.not-for-recipients.internal':
      'The file carries an entry marked internal to its agency: such entries never leave the agency that wrote them.',
    'bundleError.not-for-recipients.restricted':
      'The file carries an entry restricted to other agencies than the ones it was made for.',
    'bundleError.missing-signature': 'The bundle is not signed, so nobody can tell who made it.',
    'bundleError.bad-public-key': 'The sender’s key in the file is not a valid key.',
    'bundleError.fingerprint-mismatch':
      'The sender’s fingerprint in the file does not belong to the key next to it: the file was changed.',
    'bundleError.hash-mismatch':
      'An entry was changed after it was written: its content no longer matches its hash. The file was tampered with or damaged.',
    'bundleError.bad-signature.header':
      'The bundle’s signature does not match: the file was changed after it was signed.',
    'bundleError.bad-signature.body':
      'The bundle’s content does not match what its sender signed: the file was changed after it was signed.',
    'bundleError.bad-signature.card':
      'The partner card’s signature does not match: the card was changed after it was signed.',
    'bundleError.internal': 'Caseline could not read the file because of a fault of its own ({message}).',
    'bundleError.signer-failed': 'The bundle could not be signed with this office’s key ({message}).',
    'bundleError.key-mismatch':
      'This office’s signing key is not the one its identity names. Re-open Caseline; if it stays, ask your administrator.',
    'bundleError.inEntry': 'In entry {n} of the file.',
    'bundleError.where': 'Where in the file: {path}',
    'bundleError.nothingChanged': 'Nothing was changed in your cases.',
    'bundleWarning.unencrypted': 'This file was not encrypted: anyone who had it could read it.',
    'bundleWarning.migrated': 'Made by an older Caseline (format {from}) and read as the current format.',
    'bundleWarning.recipients-not-named': 'This older file does not say whom it was made for.',
    'bundleWarning.clock-ahead':
      'A time in this file ({at}) is later than this computer’s clock: a clock is set wrong somewhere.',
    'receiveProblem.not-addressed': 'This bundle was made for {agencies}, not for your agency.',
    'receiveProblem.not-for-this-agency':
      'The bundle carries an entry your agency may not hold (restricted to other agencies, or internal to another).',
    'receiveProblem.foreign-correction':
      'The bundle changes an entry of {owner} in the name of {by}: only the agency that wrote an entry may correct or void it.',
    'receiveProblem.must-not-receive':
      'This case lists your agency as one that must never receive it. Tell the sender; nothing was taken in.',
    'receiveProblem.refused-key':
      'This bundle is signed with a key of {agency} that was refused here on {date}.',
  },
  ru: {
    'bundleError.too-large': 'Файл слишком велик для пакета дела ({size} байт; не более {max}).',
    'bundleError.not-json':
      'Это не пакет Caseline: файл нельзя прочитать как пакет. Возможно, это другой документ или файл повреждён.',
    'bundleError.truncated':
      'Файл неполный: он оборвался при копировании или загрузке. Скопируйте его ещё раз или попросите отправителя прислать заново.',
    'bundleError.not-a-bundle.unknown': 'Этот файл — не пакет дела.',
    'bundleError.not-a-bundle.partner-card':
      'Это карточка партнёра, а не пакет дела: добавьте её в разделе «Настройки → Партнёры».',
    'bundleError.not-a-partner-card.unknown': 'Этот файл — не карточка партнёра.',
    'bundleError.not-a-partner-card.bundle':
      'Это пакет дела, а не карточка партнёра: откройте его командой «Принять пакет».',
    'bundleError.newer-version':
      'Пакет создан более новой версией Caseline (формат {version}; эта версия читает до {supported}). Обновите Caseline, чтобы открыть его.',
    'bundleError.unsupported-version':
      'В файле указана версия формата ({version}), которой в Caseline никогда не было: файл повреждён или создан не в Caseline.',
    'bundleError.needs-passphrase': 'Пакет зашифрован. Введите парольную фразу, которую сообщил отправитель.',
    'bundleError.wrong-passphrase':
      'Эта парольная фраза не открывает пакет. Сверьте её с отправителем: важны буквы, регистр и раскладка клавиатуры.',
    'bundleError.damaged':
      'Парольная фраза верна, но зашифрованное содержимое изменено или повреждено. Попросите отправителя прислать файл заново.',
    'bundleError.kdf-rejected':
      'Параметры шифрования файла недопустимы для Caseline ({iterations} циклов; допустимо от {min} до {max}). Файл изменён или создан не в Caseline.',
    'bundleError.unknown-field':
      'В файле есть то, чего нет в формате пакета («{field}»): файл изменён или создан не в Caseline.',
    'bundleError.missing-field': 'В файле нет обязательной части пакета («{field}»).',
    'bundleError.forbidden-key':
      'В файле использовано запрещённое имя («{key}») — признак файла, созданного для вреда. Ничего из него не использовано.',
    'bundleError.wrong-type': 'Значение в файле имеет неверный тип (ожидалось: {expected}).',
    'bundleError.invalid-value': 'Значение в файле недопустимо (ожидалось: {expected}).',
    'bundleError.string-too-long': 'Текст в файле слишком длинный ({length} символов; не более {max}).',
    'bundleError.too-many': 'В одном списке файла слишком много элементов ({count}; не более {max}).',
    'bundleError.too-few': 'В списке файла слишком мало элементов (не менее {min}).',
    'bundleError.out-of-range': 'Число в файле вне допустимого диапазона (от {min} до {max}).',
    'bundleError.bad-text':
      'Текст в файле содержит символы, которые не являются текстом (нулевой символ или половина символа).',
    'bundleError.bad-id': 'Идентификатор в файле записан не так, как их записывает Caseline.',
    'bundleError.bad-date': 'Дата или время в файле не существует или записано не в ожидаемом виде.',
    'bundleError.date-out-of-range': 'Дата в файле вне диапазона {min}–{max} годов.',
    'bundleError.unknown-kind':
      'В файле есть запись неизвестного этой версии Caseline вида («{kind}»). Обновите Caseline или обратитесь к отправителю.',
    'bundleError.wrong-case': 'В файле к этому делу примешаны записи другого дела.',
    'bundleError.duplicate-id': 'Одна и та же запись или лицо встречается в файле дважды.',
    'bundleError.dangling-reference':
      'Запись ссылается на другую запись, которой нет в файле и которая не указана как скрытая.',
    'bundleError.dangling-person': 'Запись ссылается на лицо, которого нет в файле.',
    'bundleError.bad-reference.self': 'Запись ссылается сама на себя.',
    'bundleError.bad-reference.wrong-kind': 'Запись ссылается на запись неподходящего вида.',
    'bundleError.not-for-recipients.internal':
      'В файле есть запись с пометкой «только для своего ведомства»: такие записи никогда не покидают ведомство-автора.',
    'bundleError.not-for-recipients.restricted':
      'В файле есть запись, доступная только другим ведомствам, а не тем, для кого создан пакет.',
    'bundleError.missing-signature': 'Пакет не подписан, поэтому нельзя установить, кто его создал.',
    'bundleError.bad-public-key': 'Ключ отправителя в файле недействителен.',
    'bundleError.fingerprint-mismatch':
      'Отпечаток отправителя в файле не соответствует приведённому ключу: файл изменён.',
    'bundleError.hash-mismatch':
      'Запись изменена после того, как была сделана: её содержимое больше не соответствует хешу. Файл подделан или повреждён.',
    'bundleError.bad-signature.header': 'Подпись пакета не совпадает: файл изменён после подписания.',
    'bundleError.bad-signature.body':
      'Содержимое пакета не соответствует тому, что подписал отправитель: файл изменён после подписания.',
    'bundleError.bad-signature.card':
      'Подпись карточки партнёра не совпадает: карточка изменена после подписания.',
    'bundleError.internal': 'Caseline не смог прочитать файл из-за собственной ошибки ({message}).',
    'bundleError.signer-failed': 'Не удалось подписать пакет ключом этого ведомства ({message}).',
    'bundleError.key-mismatch':
      'Ключ подписи этого компьютера не совпадает с ключом, указанным в его данных ведомства. Перезапустите Caseline; если ошибка останется, обратитесь к администратору.',
    'bundleError.inEntry': 'В записи № {n} файла.',
    'bundleError.where': 'Место в файле: {path}',
    'bundleError.nothingChanged': 'Ваши дела не изменились.',
    'bundleWarning.unencrypted': 'Файл не был зашифрован: его мог прочитать любой, у кого он был.',
    'bundleWarning.migrated':
      'Создан более старой версией Caseline (формат {from}) и прочитан в текущем формате.',
    'bundleWarning.recipients-not-named': 'Этот старый файл не указывает, для кого он создан.',
    'bundleWarning.clock-ahead':
      'Время в файле ({at}) позже, чем на часах этого компьютера: где-то неверно установлены часы.',
    'receiveProblem.not-addressed': 'Пакет создан для: {agencies}, а не для вашего ведомства.',
    'receiveProblem.not-for-this-agency':
      'В пакете есть запись, которую вашему ведомству хранить нельзя (доступна только другим ведомствам или внутренняя запись другого ведомства).',
    'receiveProblem.foreign-correction':
      'Пакет изменяет запись ведомства «{owner}» от имени «{by}»: исправлять или аннулировать запись может только ведомство, которое её сделало.',
    'receiveProblem.must-not-receive':
      'В этом деле ваше ведомство указано как то, которому дело передавать нельзя. Сообщите отправителю; ничего не принято.',
    'receiveProblem.refused-key':
      'Пакет подписан ключом ведомства «{agency}», который здесь отклонили {date}.',
  },
  kk: {
    'bundleError.too-large': 'Файл іс пакеті үшін тым үлкен ({size} байт; ең көбі {max}).',
    'bundleError.not-json':
      'Бұл Caseline пакеті емес: файлды пакет ретінде оқу мүмкін емес. Бұл басқа құжат немесе файл бүлінген болуы мүмкін.',
    'bundleError.truncated':
      'Файл толық емес: көшіру не жүктеу кезінде үзіліп қалған. Оны қайта көшіріңіз немесе жіберушіден қайта жіберуді сұраңыз.',
    'bundleError.not-a-bundle.unknown': 'Бұл файл іс пакеті емес.',
    'bundleError.not-a-bundle.partner-card':
      'Бұл іс пакеті емес, серіктес карточкасы: оны «Баптаулар → Серіктестер» бөлімінде қосыңыз.',
    'bundleError.not-a-partner-card.unknown': 'Бұл файл серіктес карточкасы емес.',
    'bundleError.not-a-partner-card.bundle':
      'Бұл серіктес карточкасы емес, іс пакеті: оны «Пакетті қабылдау» командасымен ашыңыз.',
    'bundleError.newer-version':
      'Пакет Caseline-дың жаңарақ нұсқасында жасалған (пішім {version}; бұл нұсқа {supported} дейін оқиды). Оны ашу үшін Caseline-ды жаңартыңыз.',
    'bundleError.unsupported-version':
      'Файлда Caseline-да ешқашан болмаған пішім нұсқасы ({version}) көрсетілген: файл бүлінген немесе Caseline-да жасалмаған.',
    'bundleError.needs-passphrase': 'Пакет шифрланған. Жіберуші айтқан құпия сөз тіркесін енгізіңіз.',
    'bundleError.wrong-passphrase':
      'Бұл құпия сөз тіркесі пакетті ашпайды. Оны жіберушімен салыстырыңыз: әріптер, бас әріптер және пернетақта тілі маңызды.',
    'bundleError.damaged':
      'Құпия сөз тіркесі дұрыс, бірақ шифрланған мазмұн өзгертілген немесе бүлінген. Жіберушіден файлды қайта жіберуді сұраңыз.',
    'bundleError.kdf-rejected':
      'Файлдың шифрлау параметрлері Caseline үшін жарамсыз ({iterations} цикл; {min}-ден {max}-ге дейін рұқсат). Файл өзгертілген немесе Caseline-да жасалмаған.',
    'bundleError.unknown-field':
      'Файлда пакет пішімінде жоқ нәрсе бар («{field}»): файл өзгертілген немесе Caseline-да жасалмаған.',
    'bundleError.missing-field': 'Файлда пакеттің міндетті бөлігі жоқ («{field}»).',
    'bundleError.forbidden-key':
      'Файлда тыйым салынған атау қолданылған («{key}») — зиян келтіру үшін жасалған файлдың белгісі. Ондағы ештеңе қолданылмады.',
    'bundleError.wrong-type': 'Файлдағы мәннің түрі қате (күтілгені: {expected}).',
    'bundleError.invalid-value': 'Файлдағы мән рұқсат етілмеген (күтілгені: {expected}).',
    'bundleError.string-too-long': 'Файлдағы мәтін тым ұзын ({length} таңба; ең көбі {max}).',
    'bundleError.too-many': 'Файлдың бір тізімінде элементтер тым көп ({count}; ең көбі {max}).',
    'bundleError.too-few': 'Файлдағы тізімде элементтер тым аз (кемінде {min}).',
    'bundleError.out-of-range': 'Файлдағы сан рұқсат етілген аралықтан тыс ({min}-ден {max}-ге дейін).',
    'bundleError.bad-text':
      'Файлдағы мәтінде мәтін емес таңбалар бар (нөлдік таңба немесе таңбаның жартысы).',
    'bundleError.bad-id': 'Файлдағы сәйкестендіргіш Caseline жазатындай жазылмаған.',
    'bundleError.bad-date': 'Файлдағы күн не уақыт жоқ немесе күтілген түрде жазылмаған.',
    'bundleError.date-out-of-range': 'Файлдағы күн {min}–{max} жылдар аралығынан тыс.',
    'bundleError.unknown-kind':
      'Файлда Caseline-дың бұл нұсқасы білмейтін түрдегі жазба бар («{kind}»). Caseline-ды жаңартыңыз немесе жіберушіге хабарласыңыз.',
    'bundleError.wrong-case': 'Файлда осы іске басқа істің жазбалары араласқан.',
    'bundleError.duplicate-id': 'Бір жазба немесе адам файлда екі рет кездеседі.',
    'bundleError.dangling-reference':
      'Жазба файлда жоқ және жасырылған деп көрсетілмеген басқа жазбаға сілтейді.',
    'bundleError.dangling-person': 'Жазба файлда жоқ адамға сілтейді.',
    'bundleError.bad-reference.self': 'Жазба өзіне-өзі сілтейді.',
    'bundleError.bad-reference.wrong-kind': 'Жазба сәйкес емес түрдегі жазбаға сілтейді.',
    'bundleError.not-for-recipients.internal':
      'Файлда «тек өз ведомствосы үшін» белгісі бар жазба бар: мұндай жазбалар оны жасаған ведомстводан ешқашан шықпайды.',
    'bundleError.not-for-recipients.restricted':
      'Файлда пакет жасалған ведомстволарға емес, тек басқа ведомстволарға қолжетімді жазба бар.',
    'bundleError.missing-signature':
      'Пакетке қол қойылмаған, сондықтан оны кім жасағанын анықтау мүмкін емес.',
    'bundleError.bad-public-key': 'Файлдағы жіберушінің кілті жарамсыз.',
    'bundleError.fingerprint-mismatch':
      'Файлдағы жіберушінің саусақ ізі қасындағы кілтке сәйкес келмейді: файл өзгертілген.',
    'bundleError.hash-mismatch':
      'Жазба жасалғаннан кейін өзгертілген: оның мазмұны хешіне енді сәйкес келмейді. Файл қолдан өзгертілген немесе бүлінген.',
    'bundleError.bad-signature.header':
      'Пакеттің қолтаңбасы сәйкес келмейді: файл қол қойылғаннан кейін өзгертілген.',
    'bundleError.bad-signature.body':
      'Пакеттің мазмұны жіберуші қол қойған нәрсеге сәйкес келмейді: файл қол қойылғаннан кейін өзгертілген.',
    'bundleError.bad-signature.card':
      'Серіктес карточкасының қолтаңбасы сәйкес келмейді: карточка қол қойылғаннан кейін өзгертілген.',
    'bundleError.internal': 'Caseline өз қатесінен файлды оқи алмады ({message}).',
    'bundleError.signer-failed': 'Пакетке осы ведомствоның кілтімен қол қою мүмкін болмады ({message}).',
    'bundleError.key-mismatch':
      'Осы компьютердің қол қою кілті ведомство деректерінде көрсетілген кілтпен сәйкес келмейді. Caseline-ды қайта іске қосыңыз; қате қалса, әкімшіге хабарласыңыз.',
    'bundleError.inEntry': 'Файлдың № {n} жазбасында.',
    'bundleError.where': 'Файлдағы орны: {path}',
    'bundleError.nothingChanged': 'Сіздің істеріңіз өзгермеді.',
    'bundleWarning.unencrypted': 'Файл шифрланбаған: оны қолында бар кез келген адам оқи алар еді.',
    'bundleWarning.migrated':
      'Caseline-дың ескі нұсқасында жасалған (пішім {from}) және қазіргі пішімде оқылды.',
    'bundleWarning.recipients-not-named': 'Бұл ескі файл кімге арналғанын көрсетпейді.',
    'bundleWarning.clock-ahead':
      'Файлдағы уақыт ({at}) осы компьютердің сағатынан кейін: бір жерде сағат қате қойылған.',
    'receiveProblem.not-addressed': 'Пакет сіздің ведомствоңызға емес, мыналарға арналған: {agencies}.',
    'receiveProblem.not-for-this-agency':
      'Пакетте сіздің ведомствоңыз сақтай алмайтын жазба бар (тек басқа ведомстволарға қолжетімді немесе басқа ведомствоның ішкі жазбасы).',
    'receiveProblem.foreign-correction':
      'Пакет «{owner}» ведомствосының жазбасын «{by}» атынан өзгертеді: жазбаны тек оны жасаған ведомство түзете не жоя алады.',
    'receiveProblem.must-not-receive':
      'Бұл істе сіздің ведомствоңыз істі алуға болмайтындардың қатарында көрсетілген. Жіберушіге хабарлаңыз; ештеңе қабылданбады.',
    'receiveProblem.refused-key':
      'Пакетке «{agency}» ведомствосының осында {date} қабылданбаған кілтімен қол қойылған.',
  },
});
