/**
 * Demo narratives, mostly Russian with some Kazakh, as agencies write them, each chosen from
 * the entry's own fields so that the text never contradicts them: a call nobody answered does
 * not say the victim was reached, a police order is not "set by the court", an incident with
 * strangulation says so. Names appear only where Russian and Kazakh leave them unchanged.
 */
import type { EntryKind } from '../domain/entryKinds';
import type { FieldValue } from '../domain/types';
import type { Random } from './random';

/** What a narrative may mention besides the fields: first names and whether there are children. */
export type NarrativeContext = {
  readonly victim: string;
  readonly harmCauser: string;
  readonly children: boolean;
};

type Fields = Readonly<Record<string, FieldValue>>;

/** A benefit as applied for (accusative) and as granted (nominative). */
const BENEFITS: Readonly<Record<string, readonly [string, string]>> = {
  'targeted-social-assistance': ['адресную социальную помощь', 'адресная социальная помощь'],
  'child-benefit': ['пособие на детей', 'пособие на детей'],
  'one-time-assistance': ['единовременную материальную помощь', 'единовременная материальная помощь'],
};
const SERVICES: Readonly<Record<string, string>> = {
  'social-worker-visit': 'Визит социального работника: условия проживания проверены.',
  'social-legal': 'Оказана бесплатная юридическая консультация по вопросам развода и алиментов.',
  'social-psychological': 'Проведено занятие с психологом отдела соцзащиты.',
  'social-domestic': 'Оказана помощь в оформлении документов и быту.',
};
const HOUSING: Readonly<Record<string, string>> = {
  'housing-queue': 'постановка в очередь на социальное жильё',
  'temporary-housing': 'временное жильё',
  'social-rental': 'арендное социальное жильё',
};
const EMPLOYMENT: Readonly<Record<string, string>> = {
  'vocational-training': 'курсы профессионального обучения (швейное дело)',
  'job-placement': 'трудоустройство продавцом в магазин',
  'career-guidance': 'профориентационная консультация',
};
const PROHIBITIONS: Readonly<Record<string, string>> = {
  'no-contact': 'запрет контактов с пострадавшей',
  'no-weapons': 'запрет на оружие',
  'no-psychoactive': 'запрет употребления психоактивных веществ',
  'no-shared-dwelling': 'запрет проживать в одном жилище',
};

function list(v: FieldValue | undefined): readonly string[] {
  return typeof v === 'object' ? v : [];
}

/** The narrative of an entry of `kind` with `fields`. */
export function narrativeFor(kind: EntryKind, f: Fields, n: NarrativeContext, rnd: Random): string {
  const { victim: v, harmCauser: h } = n;
  switch (kind) {
    case 'report-received':
      return f.channel === 'hotline-111'
        ? rnd.pick([
            `${v} позвонила на линию 111, рассказала об угрозах со стороны мужа.`,
            `${v} 111 сенім телефонына хабарласып, күйеуінің қорқытуы туралы айтты.`,
          ])
        : f.channel === 'in-person'
          ? `${v} пришла в участковый пункт полиции с заявлением на мужа.`
          : rnd.pick([
              'Поступил звонок на 102 от соседей: крики и шум в квартире, плачет ребёнок.',
              `${v} позвонила на 102, сообщила, что ${h} угрожает ей и не выпускает из дома.`,
            ]);
    case 'callout': {
      const present = f.harmCauserPresent === true;
      if (f.visitType === 'home-visit')
        return f.victimSeen === true
          ? `${rnd.pick([
              `Профилактический обход по месту жительства. ${v} дома, говорит, что конфликтов не было.`,
              `Тұрғылықты жеріне профилактикалық бару. ${v} үйде, жағдайы тұрақты.`,
            ])}${present ? ` ${h} присутствовал при разговоре.` : ''}`
          : 'Профилактический обход: дома никого не было, оставлено уведомление.';
      if (f.victimSeen !== true)
        return 'Выезд по вызову. Дверь никто не открыл, на звонки не ответили; опрошены соседи.';
      return present
        ? `Выезд по вызову. ${h} на месте, в состоянии алкогольного опьянения; ${v} опрошена, на лице покраснение.`
        : `Выезд по вызову. ${h} ушёл до прибытия наряда; ${v} опрошена на месте.`;
    }
    case 'incident': {
      const types = list(f.incidentTypes);
      const text =
        f.strangulation === true
          ? `Со слов пострадавшей: ${h} схватил её за шею и угрожал убить, если она уйдёт.`
          : f.weapon === true
            ? `${h} угрожал жене кухонным ножом, порезал ей руку.`
            : types.includes('physical')
              ? `${h} толкнул жену, она ударилась о дверной косяк${f.injuries === true ? '; на предплечье синяк' : ''}.`
              : types.includes('economic')
                ? `${h} отобрал у жены телефон и банковскую карту, запретил выходить из дома.`
                : `${h} кричал и угрожал выгнать её с детьми из дома.`;
      return f.childrenPresent === true ? `${text} Дети находились в соседней комнате.` : text;
    }
    case 'order-issued':
      if (f.measure === 'special-requirements') {
        const bans = list(f.prohibitions)
          .map((p) => PROHIBITIONS[p] ?? p)
          .join(', ');
        const schedule =
          typeof f.checkInsPerMonth === 'number' ? `, явка в полицию ${f.checkInsPerMonth} р. в месяц` : '';
        return `Суд установил особые требования к поведению правонарушителя на ${String(f.durationMonths)} мес.: ${bans}${schedule}.`;
      }
      return 'Вынесено защитное предписание на 30 суток, правонарушителю разъяснены запреты.';
    case 'order-served':
      return f.measure === 'special-requirements'
        ? 'Копия постановления суда вручена под роспись, разъяснён порядок явки.'
        : rnd.pick(['Предписание вручено под роспись.', 'Нұсқама қол қойдырып тапсырылды.']);
    case 'order-breached':
      return list(f.followedBy).includes('admin-arrest')
        ? `${h} пришёл к дому пострадавшей, несмотря на запрет. Составлен протокол по ст. 461 КоАП, материалы направлены в суд.`
        : `${h} звонил пострадавшей 14 раз за вечер, несмотря на запрет. Составлен протокол по ст. 461 КоАП.`;
    case 'order-ended':
      return 'Действие защитного предписания прекращено досрочно.';
    case 'check-in':
      return f.outcome === 'kept'
        ? `${h} явился на профилактическую беседу, нарушений не выявлено.`
        : `${h} не явился в назначенный срок, на звонки не ответил.`;
    case 'admin-case':
      return `Составлен протокол по ст. ${String(f.article).replace(' КоАП', '')} КоАП, материалы направлены в суд.`;
    case 'court-decision':
      return `Решение суда: ${String(f.decision).toLowerCase()}.`;
    case 'criminal-case':
      return `Материал зарегистрирован в ЕРДР по ст. ${String(f.article)}, начато досудебное расследование.`;
    case 'detention':
      return `${h} доставлен в отдел полиции и задержан на ${String(f.hours)} ч.`;
    case 'admin-arrest':
      return `${h} водворён в специальный приёмник на ${String(f.days)} сут. по постановлению суда.`;
    case 'registration-on':
      return `${h} поставлен на профилактический учёт.`;
    case 'registration-off':
      return `${h} снят с профилактического учёта по истечении срока мер.`;
    case 'preventive-talk':
      return rnd.pick([
        `Проведена профилактическая беседа, ${h} предупреждён об ответственности.`,
        'Профилактикалық әңгіме жүргізілді, жауапкершілік ескертілді.',
      ]);
    case 'referral-sent':
      return f.toAgency === 'crisis-centre'
        ? `${v} направлена в кризисный центр для консультации психолога и юриста.`
        : f.toAgency === 'health'
          ? 'Направление на консультацию психиатра по поводу тревоги и бессонницы.'
          : 'Направление в отдел занятости и соцпрограмм: пособие и помощь с жильём.';
    case 'referral-accepted':
      return 'Направление принято, назначена первичная встреча.';
    case 'referral-declined':
      return `${v} отказалась от направления, объяснила, что пока не готова.`;
    case 'crisis-intake':
      return rnd.pick([
        `Первичный приём. ${v} рассказала о многолетнем насилии, просит помощи с жильём.`,
        `Алғашқы қабылдау. ${v} баспана мәселесі бойынша көмек сұрады.`,
      ]);
    case 'counselling':
      return f.sessionType === 'legal'
        ? 'Консультация юриста: развод, алименты, раздел жилья.'
        : f.sessionType === 'social'
          ? 'Консультация социального работника: документы на пособие.'
          : `Консультация психолога: тревога, нарушения сна${n.children ? ', страх за детей' : ''}.`;
    case 'shelter-admission':
      return n.children ? `${v} с детьми размещена в убежище.` : `${v} размещена в убежище.`;
    case 'shelter-exit':
      return `${v} выехала из убежища к родственникам.`;
    case 'medical-exam':
      return f.injuriesRecorded !== true
        ? 'Осмотр: телесных повреждений не выявлено.'
        : f.forensic === true
          ? 'Зафиксированы кровоподтёки на предплечьях и шее, направлена на судебно-медицинскую экспертизу.'
          : 'Травмпункт: ушиб мягких тканей лица.';
    case 'social-service':
      return f.status === 'declined'
        ? `${v} отказалась от услуги.`
        : (SERVICES[String(f.serviceType)] ?? 'Оказана специальная социальная услуга.');
    case 'benefit': {
      const [applied, granted] = BENEFITS[String(f.benefitType)] ?? ['пособие', 'пособие'];
      return f.status === 'applied'
        ? `Приняты документы на ${applied}.`
        : f.status === 'refused'
          ? 'В назначении отказано: доход семьи выше порога.'
          : `Назначено: ${granted}, ${String(f.amountKzt)} тг в месяц.`;
    }
    case 'housing-support': {
      const what = HOUSING[String(f.supportType)] ?? 'жилищная помощь';
      return f.status === 'applied' ? `Подано заявление: ${what}.` : `Предоставлено: ${what}.`;
    }
    case 'employment-support': {
      const what = EMPLOYMENT[String(f.supportType)] ?? 'содействие занятости';
      return f.status === 'completed' ? `Завершено: ${what}.` : `Направлена: ${what}.`;
    }
    case 'safety-plan':
      return 'Составлен план безопасности: тревожная сумка, кодовое слово с соседкой, номера экстренных служб.';
    case 'safety-plan-review':
      return n.children
        ? 'План безопасности пересмотрен, добавлен контакт школы.'
        : 'План безопасности пересмотрен.';
    case 'risk-assessment':
      return typeof f.lowerReason === 'string'
        ? `Повторная оценка риска. ${f.lowerReason}`
        : 'Оценка риска по итогам беседы с пострадавшей.';
    case 'meeting-discussion':
      return 'Случай обсуждён на межведомственной встрече, согласованы действия.';
    case 'action-assigned':
      return 'Поручено по итогам межведомственной встречи.';
    case 'action-done':
      return 'Мероприятие выполнено, результат доложен координатору.';
    case 'contact-attempt':
      return contactNarrative(f, n);
    case 'note':
      return n.children
        ? 'Школа сообщила, что старший ребёнок пропускает занятия.'
        : `Ескерту: ${v} уақытша туыстарында тұрады.`;
    case 'consent-recorded':
      return f.consentForm === 'consent-verbal'
        ? `${v} устно согласилась на передачу сведений по делу партнёру.`
        : `${v} подписала согласие на передачу сведений по делу партнёру.`;
    case 'consent-withdrawn':
      return `${v} отозвала согласие на передачу сведений.`;
    case 'never-share':
      return 'Сведения по делу этому органу не передавать.';
    case 'share-override':
      return 'Передача без согласия разрешена руководителем на законном основании.';
    case 'entry-response':
      return f.stance === 'disputed'
        ? 'Кризисный центр не согласен с записью: со слов пострадавшей, события были иначе.'
        : 'Кризисный центр дополняет запись сведениями, полученными на консультации.';
  }
}

function contactNarrative(f: Fields, n: NarrativeContext): string {
  const reached = f.reached === true;
  if (f.contactWith === 'harm-causer')
    return reached
      ? `${n.harmCauser} вызван по телефону на профилактическую беседу, явку подтвердил.`
      : `${n.harmCauser} на звонок не ответил.`;
  if (f.contactWith === 'other-person')
    return reached
      ? 'Звонок сестре пострадавшей: передала, что у неё всё в порядке.'
      : 'Звонок сестре пострадавшей: не ответила.';
  switch (f.method) {
    case 'visit':
      return reached
        ? `Посещение по месту жительства: ${n.victim} дома, жалоб нет.`
        : 'Посещение по месту жительства: дома никого не было.';
    case 'message':
      return reached
        ? `Сообщение: ${n.victim} ответила, встреча подтверждена.`
        : 'Сообщение отправлено, ответа нет.';
    default:
      return reached
        ? 'Звонок пострадавшей: на связи, чувствует себя в безопасности.'
        : 'Звонок пострадавшей: не ответила, повторить завтра.';
  }
}

export const ACTIONS = [
  'Проверить условия проживания детей',
  'Оформить пособие и юридическую помощь',
  'Повторная оценка риска через две недели',
  'Организовать встречу со школьным психологом',
  'Сопроводить в суд на слушание',
] as const;
