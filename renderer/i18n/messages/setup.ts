/** First-run setup. */
import { defineMessages } from '../define';

export const setupMessages = defineMessages({
  en: {
    'setup.title': 'Set up Caseline on this computer',
    'setup.intro':
      'Caseline keeps one timeline per case for every agency that works it. Tell it who you are; you can change this later in Settings.',
    'setup.language': 'Language',
    'setup.agencyName': 'Your agency',
    'setup.agencyNameHint': 'For example: Police department of Almaly district',
    'setup.agencyKind': 'Kind of agency',
    'setup.staffName': 'Your name',
    'setup.staffNameHint': 'Shown as the author of the entries you write',
    'setup.finish': 'Start using Caseline',
    'setup.storedWhere': 'Case data stays on this computer unless you export or share it.',
  },
  ru: {
    'setup.title': 'Настройка Caseline на этом компьютере',
    'setup.intro':
      'В Caseline у каждого дела одна хронология для всех ведомств, которые им занимаются. Укажите, кто вы; позже это можно изменить в настройках.',
    'setup.language': 'Язык',
    'setup.agencyName': 'Ваше ведомство',
    'setup.agencyNameHint': 'Например: Управление полиции Алмалинского района',
    'setup.agencyKind': 'Тип ведомства',
    'setup.staffName': 'Ваше имя',
    'setup.staffNameHint': 'Указывается как автор ваших записей',
    'setup.finish': 'Начать работу в Caseline',
    'setup.storedWhere':
      'Данные дел хранятся только на этом компьютере, если вы не выгрузите их и не передадите.',
  },
  kk: {
    'setup.title': 'Caseline-ды осы компьютерде баптау',
    'setup.intro':
      'Caseline-да әр істің онымен жұмыс істейтін барлық ведомствоға ортақ бір хронологиясы болады. Өзіңіз туралы мәлімет енгізіңіз; кейін оны баптауларда өзгертуге болады.',
    'setup.language': 'Тіл',
    'setup.agencyName': 'Сіздің ведомствоңыз',
    'setup.agencyNameHint': 'Мысалы: Алмалы аудандық полиция басқармасы',
    'setup.agencyKind': 'Ведомство түрі',
    'setup.staffName': 'Сіздің атыңыз',
    'setup.staffNameHint': 'Жазбаларыңыздың авторы ретінде көрсетіледі',
    'setup.finish': 'Caseline-мен жұмысты бастау',
    'setup.storedWhere':
      'Іс деректері сіз оларды экспорттамасаңыз немесе басқаға бермесеңіз, осы компьютерде ғана сақталады.',
  },
});
