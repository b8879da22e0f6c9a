/** The risk checklist (in Caseline's own words), levels and the assessment form. */
import { defineMessages } from '../define';

export const riskMessages = defineMessages({
  en: {
    'risk.level.standard': 'Standard',
    'risk.level.medium': 'Medium',
    'risk.level.high': 'High',
    'risk.factor.current-injury': 'Is the victim injured now, or were they injured in this incident?',
    'risk.factor.strangulation':
      'Has the person who caused harm ever squeezed the victim’s neck, choked or smothered them?',
    'risk.factor.threats-to-kill':
      'Has the person who caused harm threatened to kill the victim, the children or someone close?',
    'risk.factor.weapons':
      'Has a weapon or object been used or threatened, or does the person who caused harm have access to a weapon?',
    'risk.factor.escalation': 'Is the violence happening more often or getting worse?',
    'risk.factor.separation': 'Have they recently separated, or is the victim planning to leave?',
    'risk.factor.stalking':
      'Does the person who caused harm follow, watch, keep calling or turn up uninvited?',
    'risk.factor.pregnancy-baby': 'Is the victim pregnant, or is there a baby under 18 months?',
    'risk.factor.children-harmed': 'Have the children been hurt, threatened or drawn into the violence?',
    'risk.factor.sexual-violence':
      'Has the person who caused harm forced or pressured the victim into sexual acts?',
    'risk.factor.substance-misuse': 'Does the person who caused harm misuse alcohol or drugs?',
    'risk.factor.suicidal': 'Has the person who caused harm threatened or attempted suicide?',
    'risk.factor.order-breach':
      'Has the person who caused harm broken a protective order, bail or court conditions?',
    'risk.factor.violence-history':
      'Has the person who caused harm been violent before, to the victim or to others?',
    'risk.factor.victim-fear':
      'Is the victim very frightened of what the person who caused harm will do next?',
    'risk.factor.isolation': 'Is the victim kept away from family, friends or help?',
    'risk.factor.financial-control': 'Does the person who caused harm control money, documents or work?',
    'risk.factor.controlling-jealousy': 'Is the person who caused harm constantly jealous or controlling?',
    'risk.factor.threats-others-pets':
      'Has the person who caused harm threatened relatives, other people or pets?',
    'risk.factor.believes-could-be-killed':
      'Does the victim believe the person who caused harm could kill them?',
    'risk.title': 'Risk assessment',
    'risk.intro':
      'Answer each question from what you know now. The score is an aid, not a verdict: your professional judgement can override it, with a reason.',
    'risk.answer.yes': 'Yes',
    'risk.answer.no': 'No',
    'risk.answer.unknown': 'Not known',
    'risk.note': 'Note',
    'risk.score': 'Score {score} of {max}',
    'risk.computed': 'Checklist level',
    'risk.override': 'Professional judgement',
    'risk.overrideNone': 'Use the checklist level',
    'risk.overrideReason': 'Reason for the judgement',
    'risk.overrideReasonRequired': 'Give the reason for your judgement.',
    'risk.final': 'Level recorded',
    'risk.save': 'Save assessment',
    'risk.unanswered': { one: '{count} question not answered', other: '{count} questions not answered' },
    'risk.overridden': 'Judgement: {level} (checklist: {computed})',
    'risk.trend.rising': 'Rising',
    'risk.trend.falling': 'Falling',
    'risk.trend.steady': 'Unchanged',
    'risk.escalationDays': {
      one: 'Reports or police call-outs on {count} day in {months} months: at least High',
      other: 'Reports or police call-outs on {count} separate days in {months} months: at least High',
    },
    'risk.criticalUnknown': 'A critical question is answered “not known”: the level is at least Medium.',
    'risk.lowerReason': 'Why the risk is lower now',
    'risk.lowerHint':
      'This result lowers the case’s risk level from {from} to {to}. Give the reason: it is kept with the assessment.',
    'risk.err.unanswered': 'Answer: yes, no or not known.',
    'risk.err.lowerReason': 'This result lowers the case’s risk level: give the reason.',
    'risk.err.unknownCannotLower':
      '“Not known” on this question cannot lower the risk level: find out, or keep the level.',
    'risk.loweredFrom': 'Lowered from {level}:',
    'risk.date': 'Date of the assessment',
    'risk.time': 'Time',
    'risk.currentLevel': 'Level of the case now:',
    'risk.unansweredLeft': {
      one: '{count} question not answered: answer yes, no or not known.',
      other: '{count} questions not answered: answer yes, no or not known.',
    },
    'risk.allAnswered': 'Every question answered.',
    'risk.goToUnanswered': 'Go to the first',
    'risk.questions': 'Questions',
    'risk.notSaved': {
      one: 'Not saved: {count} thing to fix, marked in red.',
      other: 'Not saved: {count} things to fix, marked in red.',
    },
  },
  ru: {
    'risk.level.standard': 'Низкий',
    'risk.level.medium': 'Средний',
    'risk.level.high': 'Высокий',
    'risk.factor.current-injury': 'Есть ли сейчас телесные повреждения или получены ли они в этом инциденте?',
    'risk.factor.strangulation':
      'Сдавливало ли лицо, причинившее вред, когда-либо шею, душило или перекрывало дыхание?',
    'risk.factor.threats-to-kill':
      'Угрожало ли лицо, причинившее вред, убить пострадавшее лицо, детей или кого-то из близких?',
    'risk.factor.weapons':
      'Применяло ли лицо, причинившее вред, оружие или предметы, угрожало ли ими, есть ли у него доступ к оружию?',
    'risk.factor.escalation': 'Становится ли насилие чаще или тяжелее?',
    'risk.factor.separation': 'Был ли недавно разрыв отношений или пострадавшее лицо собирается уйти?',
    'risk.factor.stalking':
      'Есть ли преследование со стороны лица, причинившего вред: слежка, постоянные звонки, визиты без приглашения?',
    'risk.factor.pregnancy-baby': 'Есть ли беременность или ребёнок младше 18 месяцев?',
    'risk.factor.children-harmed': 'Пострадали ли дети, угрожали ли им, вовлекали ли их в насилие?',
    'risk.factor.sexual-violence':
      'Принуждало ли лицо, причинившее вред, к действиям сексуального характера силой или давлением?',
    'risk.factor.substance-misuse': 'Злоупотребляет ли лицо, причинившее вред, алкоголем или наркотиками?',
    'risk.factor.suicidal': 'Угрожало ли лицо, причинившее вред, самоубийством или пыталось его совершить?',
    'risk.factor.order-breach':
      'Нарушало ли лицо, причинившее вред, защитное предписание, меру пресечения или требования суда?',
    'risk.factor.violence-history':
      'Применяло ли лицо, причинившее вред, насилие раньше — к пострадавшему лицу или к другим людям?',
    'risk.factor.victim-fear':
      'Сильно ли пострадавшее лицо боится того, что лицо, причинившее вред, сделает дальше?',
    'risk.factor.isolation': 'Ограждают ли пострадавшее лицо от родных, друзей или помощи?',
    'risk.factor.financial-control':
      'Контролирует ли лицо, причинившее вред, деньги, документы или работу пострадавшего лица?',
    'risk.factor.controlling-jealousy':
      'Проявляет ли лицо, причинившее вред, постоянную ревность или контроль?',
    'risk.factor.threats-others-pets':
      'Угрожало ли лицо, причинившее вред, родственникам, другим людям или домашним животным?',
    'risk.factor.believes-could-be-killed':
      'Считает ли пострадавшее лицо, что лицо, причинившее вред, может его убить?',
    'risk.title': 'Оценка риска',
    'risk.intro':
      'Ответьте на каждый вопрос исходя из того, что известно сейчас. Балл — подсказка, а не вывод: ваше профессиональное суждение может его изменить с указанием причины.',
    'risk.answer.yes': 'Да',
    'risk.answer.no': 'Нет',
    'risk.answer.unknown': 'Неизвестно',
    'risk.note': 'Примечание',
    'risk.score': 'Балл {score} из {max}',
    'risk.computed': 'Уровень по опроснику',
    'risk.override': 'Профессиональное суждение',
    'risk.overrideNone': 'Оставить уровень по опроснику',
    'risk.overrideReason': 'Обоснование суждения',
    'risk.overrideReasonRequired': 'Укажите обоснование суждения.',
    'risk.final': 'Итоговый уровень',
    'risk.save': 'Сохранить оценку',
    'risk.unanswered': {
      one: '{count} вопрос без ответа',
      few: '{count} вопроса без ответа',
      many: '{count} вопросов без ответа',
      other: '{count} вопроса без ответа',
    },
    'risk.overridden': 'Суждение: {level} (по опроснику: {computed})',
    'risk.trend.rising': 'Растёт',
    'risk.trend.falling': 'Снижается',
    'risk.trend.steady': 'Без изменений',
    'risk.escalationDays': {
      one: 'Сообщения или выезды полиции в {count} день за {months} мес.: не ниже высокого',
      few: 'Сообщения или выезды полиции в {count} разных дня за {months} мес.: не ниже высокого',
      many: 'Сообщения или выезды полиции в {count} разных дней за {months} мес.: не ниже высокого',
      other: 'Сообщения или выезды полиции в {count} разных дня за {months} мес.: не ниже высокого',
    },
    'risk.criticalUnknown': 'На ключевой вопрос дан ответ «неизвестно»: уровень не ниже среднего.',
    'risk.lowerReason': 'Почему риск теперь ниже',
    'risk.lowerHint':
      'Этот результат снижает уровень риска по делу: {from} → {to}. Укажите причину: она сохранится вместе с оценкой.',
    'risk.err.unanswered': 'Ответьте: да, нет или неизвестно.',
    'risk.err.lowerReason': 'Этот результат снижает уровень риска по делу: укажите причину.',
    'risk.err.unknownCannotLower':
      'Ответ «неизвестно» на этот вопрос не может снизить уровень риска: выясните ответ или сохраните прежний уровень.',
    'risk.loweredFrom': 'Снижен с уровня «{level}»:',
    'risk.date': 'Дата оценки',
    'risk.time': 'Время',
    'risk.currentLevel': 'Уровень по делу сейчас:',
    'risk.unansweredLeft': {
      one: 'Без ответа {count} вопрос: ответьте да, нет или неизвестно.',
      few: 'Без ответа {count} вопроса: ответьте да, нет или неизвестно.',
      many: 'Без ответа {count} вопросов: ответьте да, нет или неизвестно.',
      other: 'Без ответа {count} вопроса: ответьте да, нет или неизвестно.',
    },
    'risk.allAnswered': 'Ответ дан на каждый вопрос.',
    'risk.goToUnanswered': 'Перейти к первому',
    'risk.questions': 'Вопросы',
    'risk.notSaved': {
      one: 'Не сохранено: исправьте {count} поле, оно выделено красным.',
      few: 'Не сохранено: исправьте {count} поля, они выделены красным.',
      many: 'Не сохранено: исправьте {count} полей, они выделены красным.',
      other: 'Не сохранено: исправьте {count} поля, они выделены красным.',
    },
  },
  kk: {
    'risk.level.standard': 'Төмен',
    'risk.level.medium': 'Орташа',
    'risk.level.high': 'Жоғары',
    'risk.factor.current-injury':
      'Зардап шеккен адамның қазір дене жарақаты бар ма немесе осы оқиғада жарақат алды ма?',
    'risk.factor.strangulation':
      'Зиян келтірген адам оның мойнын қысқан, тұншықтырған немесе тынысын бітеген кезі болды ма?',
    'risk.factor.threats-to-kill':
      'Зиян келтірген адам оны, балаларды немесе жақындарын өлтіремін деп қорқытты ма?',
    'risk.factor.weapons':
      'Қару немесе зат қолданылды ма, онымен қорқытты ма, зиян келтірген адамның қаруға қолы жете ме?',
    'risk.factor.escalation': 'Зорлық-зомбылық жиілеп немесе ауырлап барады ма?',
    'risk.factor.separation': 'Олар жақында ажырасты ма немесе зардап шеккен адам кетуді жоспарлап жүр ме?',
    'risk.factor.stalking':
      'Зиян келтірген адам соңынан еріп, аңдып, үздіксіз қоңырау шалып немесе шақырусыз келе ме?',
    'risk.factor.pregnancy-baby': 'Зардап шеккен адам жүкті ме немесе 18 айға толмаған баласы бар ма?',
    'risk.factor.children-harmed':
      'Балалар зардап шекті ме, оларды қорқытты ма немесе зорлық-зомбылыққа тартты ма?',
    'risk.factor.sexual-violence':
      'Зиян келтірген адам күшпен немесе қысыммен жыныстық сипаттағы әрекеттерге мәжбүрледі ме?',
    'risk.factor.substance-misuse': 'Зиян келтірген адам алкогольді немесе есірткіні теріс пайдалана ма?',
    'risk.factor.suicidal':
      'Зиян келтірген адам өзін-өзі өлтіремін деп қорқытты ма немесе оған әрекеттенді ме?',
    'risk.factor.order-breach':
      'Зиян келтірген адам қорғау нұсқамасын, бұлтартпау шарасын немесе сот талаптарын бұзды ма?',
    'risk.factor.violence-history':
      'Зиян келтірген адам бұрын осы адамға немесе басқаларға зорлық-зомбылық көрсетті ме?',
    'risk.factor.victim-fear': 'Зардап шеккен адам зиян келтірген адамның келесі әрекетінен қатты қорқа ма?',
    'risk.factor.isolation': 'Зардап шеккен адамды туыстарынан, достарынан немесе көмектен оқшаулай ма?',
    'risk.factor.financial-control': 'Зиян келтірген адам ақшаны, құжаттарды немесе жұмысты бақылай ма?',
    'risk.factor.controlling-jealousy': 'Зиян келтірген адам үнемі қызғанып, бақылай ма?',
    'risk.factor.threats-others-pets':
      'Зиян келтірген адам туыстарын, басқа адамдарды немесе үй жануарларын қорқытты ма?',
    'risk.factor.believes-could-be-killed':
      'Зардап шеккен адам зиян келтірген адам оны өлтіруі мүмкін деп санай ма?',
    'risk.title': 'Қауіпті бағалау',
    'risk.intro':
      'Әр сұраққа қазір белгілі мәліметтер бойынша жауап беріңіз. Балл — көмекші құрал, қорытынды емес: кәсіби пайымыңыз себебін көрсете отырып оны өзгерте алады.',
    'risk.answer.yes': 'Иә',
    'risk.answer.no': 'Жоқ',
    'risk.answer.unknown': 'Белгісіз',
    'risk.note': 'Ескертпе',
    'risk.score': 'Балл: {max} ішінен {score}',
    'risk.computed': 'Сауалнама бойынша деңгей',
    'risk.override': 'Кәсіби пайым',
    'risk.overrideNone': 'Сауалнама деңгейін қалдыру',
    'risk.overrideReason': 'Пайымның негіздемесі',
    'risk.overrideReasonRequired': 'Пайымыңыздың негіздемесін көрсетіңіз.',
    'risk.final': 'Қорытынды деңгей',
    'risk.save': 'Бағалауды сақтау',
    'risk.unanswered': { one: '{count} сұраққа жауап жоқ', other: '{count} сұраққа жауап жоқ' },
    'risk.overridden': 'Пайым: {level} (сауалнама бойынша: {computed})',
    'risk.trend.rising': 'Өсуде',
    'risk.trend.falling': 'Төмендеуде',
    'risk.trend.steady': 'Өзгеріссіз',
    'risk.escalationDays': {
      one: '{months} айда {count} күні хабарлама түсті немесе полиция шықты: кемінде жоғары',
      other: '{months} айда {count} түрлі күні хабарлама түсті немесе полиция шықты: кемінде жоғары',
    },
    'risk.criticalUnknown': 'Негізгі сұраққа «белгісіз» деп жауап берілді: деңгей кемінде орташа.',
    'risk.lowerReason': 'Қауіп неге енді төмен',
    'risk.lowerHint':
      'Бұл нәтиже іс бойынша қауіп деңгейін төмендетеді: {from} → {to}. Себебін көрсетіңіз: ол бағалаумен бірге сақталады.',
    'risk.err.unanswered': 'Жауап беріңіз: иә, жоқ немесе белгісіз.',
    'risk.err.lowerReason': 'Бұл нәтиже іс бойынша қауіп деңгейін төмендетеді: себебін көрсетіңіз.',
    'risk.err.unknownCannotLower':
      'Бұл сұраққа «белгісіз» деген жауап қауіп деңгейін төмендете алмайды: жауабын анықтаңыз немесе бұрынғы деңгейді қалдырыңыз.',
    'risk.loweredFrom': '«{level}» деңгейінен төмендетілді:',
    'risk.date': 'Бағалау күні',
    'risk.time': 'Уақыты',
    'risk.currentLevel': 'Істің қазіргі деңгейі:',
    'risk.unansweredLeft': {
      one: '{count} сұраққа жауап жоқ: иә, жоқ немесе белгісіз деп жауап беріңіз.',
      other: '{count} сұраққа жауап жоқ: иә, жоқ немесе белгісіз деп жауап беріңіз.',
    },
    'risk.allAnswered': 'Әр сұраққа жауап берілді.',
    'risk.goToUnanswered': 'Біріншісіне өту',
    'risk.questions': 'Сұрақтар',
    'risk.notSaved': {
      one: 'Сақталмады: {count} өрісті түзетіңіз, ол қызылмен белгіленген.',
      other: 'Сақталмады: {count} өрісті түзетіңіз, олар қызылмен белгіленген.',
    },
  },
});
