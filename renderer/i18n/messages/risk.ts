/** The risk checklist (in Caseline's own words), levels and the assessment form. */
import { defineMessages } from '../define';

export const riskMessages = defineMessages({
  en: {
    'risk.level.standard': 'Standard',
    'risk.level.medium': 'Medium',
    'risk.level.high': 'High',
    'risk.factor.current-injury': 'Is the person injured now, or were they injured in this incident?',
    'risk.factor.strangulation': 'Has the other person ever squeezed their neck, choked or smothered them?',
    'risk.factor.threats-to-kill':
      'Has the other person threatened to kill them, the children or someone close?',
    'risk.factor.weapons':
      'Has a weapon or object been used or threatened, or does the other person have access to a weapon?',
    'risk.factor.escalation': 'Is the violence happening more often or getting worse?',
    'risk.factor.separation': 'Have they recently separated, or is the person planning to leave?',
    'risk.factor.stalking': 'Does the other person follow, watch, keep calling or turn up uninvited?',
    'risk.factor.pregnancy-baby': 'Is the person pregnant, or is there a baby under 18 months?',
    'risk.factor.children-harmed': 'Have the children been hurt, threatened or drawn into the violence?',
    'risk.factor.sexual-violence': 'Has the other person forced or pressured them into sexual acts?',
    'risk.factor.substance-misuse': 'Does the other person misuse alcohol or drugs?',
    'risk.factor.suicidal': 'Has the other person threatened or attempted suicide?',
    'risk.factor.order-breach': 'Has the other person broken a protective order, bail or court conditions?',
    'risk.factor.violence-history': 'Has the other person been violent before, to this person or to others?',
    'risk.factor.victim-fear': 'Is the person very frightened of what the other person will do next?',
    'risk.factor.isolation': 'Is the person kept away from family, friends or help?',
    'risk.factor.financial-control': 'Does the other person control money, documents or work?',
    'risk.factor.controlling-jealousy': 'Is the other person constantly jealous or controlling?',
    'risk.factor.threats-others-pets': 'Has the other person threatened relatives, other people or pets?',
    'risk.factor.believes-could-be-killed': 'Does the person believe the other person could kill them?',
    'risk.title': 'Risk assessment',
    'risk.intro':
      'Answer each question from what you know now. The score is an aid, not a verdict: your professional judgement can override it, with a reason.',
    'risk.answer.yes': 'Yes',
    'risk.answer.no': 'No',
    'risk.answer.unknown': 'Not known',
    'risk.note': 'Note',
    'risk.score': 'Score {score} of {max}',
    'risk.computed': 'Checklist level',
    'risk.escalation': 'Three or more police call-outs in 12 months: at least high',
    'risk.override': 'Professional judgement',
    'risk.overrideNone': 'Use the checklist level',
    'risk.overrideReason': 'Reason for the judgement',
    'risk.overrideReasonRequired': 'Give the reason for your judgement.',
    'risk.final': 'Level recorded',
    'risk.save': 'Save assessment',
    'risk.unanswered': { one: '{count} question not answered', other: '{count} questions not answered' },
    'risk.overridden': 'Judgement: {level} (checklist: {computed})',
  },
  ru: {
    'risk.level.standard': 'Стандартный',
    'risk.level.medium': 'Средний',
    'risk.level.high': 'Высокий',
    'risk.factor.current-injury': 'Есть ли сейчас телесные повреждения или получены ли они в этом инциденте?',
    'risk.factor.strangulation': 'Сдавливал ли обидчик когда-либо шею, душил или перекрывал дыхание?',
    'risk.factor.threats-to-kill':
      'Угрожал ли обидчик убить пострадавшее лицо, детей или кого-то из близких?',
    'risk.factor.weapons':
      'Применял ли обидчик оружие или предметы, угрожал ли ими, есть ли у него доступ к оружию?',
    'risk.factor.escalation': 'Становится ли насилие чаще или тяжелее?',
    'risk.factor.separation': 'Был ли недавно разрыв отношений или пострадавшее лицо собирается уйти?',
    'risk.factor.stalking':
      'Преследует ли обидчик, следит ли, постоянно звонит или приходит без приглашения?',
    'risk.factor.pregnancy-baby': 'Есть ли беременность или ребёнок младше 18 месяцев?',
    'risk.factor.children-harmed': 'Пострадали ли дети, угрожали ли им, вовлекали ли их в насилие?',
    'risk.factor.sexual-violence':
      'Принуждал ли обидчик к действиям сексуального характера силой или давлением?',
    'risk.factor.substance-misuse': 'Злоупотребляет ли обидчик алкоголем или наркотиками?',
    'risk.factor.suicidal': 'Угрожал ли обидчик самоубийством или пытался его совершить?',
    'risk.factor.order-breach':
      'Нарушал ли обидчик защитное предписание, меру пресечения или требования суда?',
    'risk.factor.violence-history':
      'Применял ли обидчик насилие раньше — к пострадавшему лицу или к другим людям?',
    'risk.factor.victim-fear': 'Сильно ли пострадавшее лицо боится того, что обидчик сделает дальше?',
    'risk.factor.isolation': 'Ограждают ли пострадавшее лицо от родных, друзей или помощи?',
    'risk.factor.financial-control':
      'Контролирует ли обидчик деньги, документы или работу пострадавшего лица?',
    'risk.factor.controlling-jealousy': 'Проявляет ли обидчик постоянную ревность или контроль?',
    'risk.factor.threats-others-pets':
      'Угрожал ли обидчик родственникам, другим людям или домашним животным?',
    'risk.factor.believes-could-be-killed': 'Считает ли пострадавшее лицо, что обидчик может его убить?',
    'risk.title': 'Оценка риска',
    'risk.intro':
      'Ответьте на каждый вопрос исходя из того, что известно сейчас. Балл — подсказка, а не вывод: ваше профессиональное суждение может его изменить с указанием причины.',
    'risk.answer.yes': 'Да',
    'risk.answer.no': 'Нет',
    'risk.answer.unknown': 'Неизвестно',
    'risk.note': 'Примечание',
    'risk.score': 'Балл {score} из {max}',
    'risk.computed': 'Уровень по опроснику',
    'risk.escalation': 'Три и более выезда полиции за 12 месяцев: не ниже высокого',
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
  },
  kk: {
    'risk.level.standard': 'Стандартты',
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
    'risk.escalation': '12 айда полиция үш және одан көп рет шықты: кемінде жоғары',
    'risk.override': 'Кәсіби пайым',
    'risk.overrideNone': 'Сауалнама деңгейін қалдыру',
    'risk.overrideReason': 'Пайымның негіздемесі',
    'risk.overrideReasonRequired': 'Пайымыңыздың негіздемесін көрсетіңіз.',
    'risk.final': 'Қорытынды деңгей',
    'risk.save': 'Бағалауды сақтау',
    'risk.unanswered': { one: '{count} сұраққа жауап жоқ', other: '{count} сұраққа жауап жоқ' },
    'risk.overridden': 'Пайым: {level} (сауалнама бойынша: {computed})',
  },
});
