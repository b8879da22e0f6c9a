import { expect, type Page } from '@playwright/test';
import { pickKind } from './entryForm';

/**
 * Everything the case story reads or types, per language, written out as a user sees it (not taken
 * from the catalogues, so a missing or wrong translation fails the test).
 */
export type CaseLabels = {
  newCase: string;
  role: string;
  name: string;
  phone: string;
  addPerson: string;
  createCase: string;
  roles: { victim: string; harmCauser: string; child: string };
  addEntry: string;
  kind: string;
  /** The entry form's date field. */
  occurredDate: string;
  narrative: string;
  saveEntry: string;
  sourceAgency: string;
  /** "Information from {agency}" with the agency filled in by the story. */
  fromAgency: (agency: string) => string;
  emptyTimeline: string;
  kinds: {
    report: string;
    incident: string;
    orderIssued: string;
    actionAssigned: string;
    orderBreached: string;
  };
  fields: {
    channel: string;
    phone102: string;
    physical: string;
    injuries: string;
    startsOn: string;
    orderNumber: string;
    action: string;
    ownerAgency: string;
    socialProtection: string;
    dueOn: string;
    measure: string;
    reason: string;
  };
  glance: { measures: string; actions: string };
  protectiveOrder: string;
  active: string;
  breached: string;
  oneBreach: string;
  daysLeft19: string;
  correct: string;
  corrected: string;
  correctedBecause: (reason: string) => string;
  history: (count: number) => string;
  void: string;
  voided: string;
  voidedBecause: (reason: string) => string;
  assessRisk: string;
  saveAssessment: string;
  yes: string;
  no: string;
  levels: { standard: string; high: string };
  nav: { cases: string; deadlines: string };
  actionDue: string;
};

export const EN: CaseLabels = {
  newCase: 'New case',
  role: 'Role',
  name: 'Full name',
  phone: 'Phone',
  addPerson: 'Add a person',
  createCase: 'Create case',
  roles: { victim: 'Victim / survivor', harmCauser: 'Person who caused harm', child: 'Child' },
  addEntry: 'Add entry',
  kind: 'Kind of entry',
  occurredDate: 'Date it happened',
  narrative: 'What happened',
  saveEntry: 'Save entry',
  sourceAgency: 'Received from another agency',
  fromAgency: (a) => `Information from ${a}`,
  emptyTimeline: 'Nothing on this timeline yet.',
  kinds: {
    report: 'Report received',
    incident: 'Incident',
    orderIssued: 'Protective measure issued',
    actionAssigned: 'Action assigned',
    orderBreached: 'Protective measure breached',
  },
  fields: {
    channel: 'How it was received',
    phone102: 'Phone (102)',
    physical: 'Physical',
    injuries: 'Injuries',
    startsOn: 'In force from',
    orderNumber: 'Number',
    action: 'Action',
    ownerAgency: 'Responsible agency',
    socialProtection: 'Social protection',
    dueOn: 'Due on',
    measure: 'Measure',
    reason: 'Reason',
  },
  glance: { measures: 'Active measures', actions: 'Open actions' },
  protectiveOrder: 'Protective order',
  active: 'Active',
  breached: 'Breached',
  oneBreach: '1 breach',
  daysLeft19: '19 days left',
  correct: 'Correct',
  corrected: 'Corrected',
  correctedBecause: (r) => `Corrected: ${r}`,
  history: (n) => `History (${n})`,
  void: 'Void',
  voided: 'Voided',
  voidedBecause: (r) => `Entered in error: ${r}`,
  assessRisk: 'Assess risk',
  saveAssessment: 'Save assessment',
  yes: 'Yes',
  no: 'No',
  levels: { standard: 'Standard', high: 'High' },
  nav: { cases: 'Cases', deadlines: 'Deadlines' },
  actionDue: 'Action due',
};

export const RU: CaseLabels = {
  newCase: 'Новое дело',
  role: 'Роль',
  name: 'ФИО',
  phone: 'Телефон',
  addPerson: 'Добавить участника',
  createCase: 'Создать дело',
  roles: { victim: 'Пострадавшее лицо', harmCauser: 'Лицо, причинившее вред', child: 'Ребёнок' },
  addEntry: 'Добавить запись',
  kind: 'Вид записи',
  occurredDate: 'Дата события',
  narrative: 'Что произошло',
  saveEntry: 'Сохранить запись',
  sourceAgency: 'Получено от другого ведомства',
  fromAgency: (a) => `Сведения от: ${a}`,
  emptyTimeline: 'В хронологии пока ничего нет.',
  kinds: {
    report: 'Поступило сообщение',
    incident: 'Инцидент',
    orderIssued: 'Защитная мера вынесена',
    actionAssigned: 'Поручено мероприятие',
    orderBreached: 'Защитная мера нарушена',
  },
  fields: {
    channel: 'Как поступило',
    phone102: 'Телефон (102)',
    physical: 'Физическое',
    injuries: 'Телесные повреждения',
    startsOn: 'Действует с',
    orderNumber: 'Номер',
    action: 'Мероприятие',
    ownerAgency: 'Ответственное ведомство',
    socialProtection: 'Социальная защита',
    dueOn: 'Срок исполнения',
    measure: 'Мера',
    reason: 'Причина',
  },
  glance: { measures: 'Действующие меры', actions: 'Невыполненные мероприятия' },
  protectiveOrder: 'Защитное предписание',
  active: 'Действует',
  breached: 'Нарушена',
  oneBreach: '1 нарушение',
  daysLeft19: 'осталось 19 дней',
  correct: 'Исправить',
  corrected: 'Исправлено',
  correctedBecause: (r) => `Исправлено: ${r}`,
  history: (n) => `История (${n})`,
  void: 'Аннулировать',
  voided: 'Аннулировано',
  voidedBecause: (r) => `Внесено ошибочно: ${r}`,
  assessRisk: 'Оценить риск',
  saveAssessment: 'Сохранить оценку',
  yes: 'Да',
  no: 'Нет',
  levels: { standard: 'Низкий', high: 'Высокий' },
  nav: { cases: 'Дела', deadlines: 'Сроки' },
  actionDue: 'Срок мероприятия',
};

export const KK: CaseLabels = {
  newCase: 'Жаңа іс',
  role: 'Рөлі',
  name: 'Аты-жөні',
  phone: 'Телефон',
  addPerson: 'Қатысушы қосу',
  createCase: 'Іс жасау',
  roles: { victim: 'Зардап шеккен адам', harmCauser: 'Зиян келтірген адам', child: 'Бала' },
  addEntry: 'Жазба қосу',
  kind: 'Жазба түрі',
  occurredDate: 'Оқиға күні',
  narrative: 'Не болды',
  saveEntry: 'Жазбаны сақтау',
  sourceAgency: 'Басқа ведомстводан алынды',
  fromAgency: (a) => `Мәлімет көзі: ${a}`,
  emptyTimeline: 'Хронологияда әзірге ештеңе жоқ.',
  kinds: {
    report: 'Хабарлама түсті',
    incident: 'Оқиға',
    orderIssued: 'Қорғау шарасы белгіленді',
    actionAssigned: 'Іс-шара тапсырылды',
    orderBreached: 'Қорғау шарасы бұзылды',
  },
  fields: {
    channel: 'Қалай түсті',
    phone102: 'Телефон (102)',
    physical: 'Физикалық',
    injuries: 'Дене жарақаттары',
    startsOn: 'Күшіне енген күні',
    orderNumber: 'Нөмірі',
    action: 'Іс-шара',
    ownerAgency: 'Жауапты ведомство',
    socialProtection: 'Әлеуметтік қорғау',
    dueOn: 'Орындау мерзімі',
    measure: 'Шара',
    reason: 'Себебі',
  },
  glance: { measures: 'Қолданыстағы шаралар', actions: 'Орындалмаған іс-шаралар' },
  protectiveOrder: 'Қорғау нұсқамасы',
  active: 'Қолданыста',
  breached: 'Бұзылды',
  oneBreach: '1 бұзушылық',
  daysLeft19: '19 күн қалды',
  correct: 'Түзету',
  corrected: 'Түзетілді',
  correctedBecause: (r) => `Түзетілді: ${r}`,
  history: (n) => `Тарих (${n})`,
  void: 'Күшін жою',
  voided: 'Күші жойылды',
  voidedBecause: (r) => `Қате енгізілген: ${r}`,
  assessRisk: 'Қауіпті бағалау',
  saveAssessment: 'Бағалауды сақтау',
  yes: 'Иә',
  no: 'Жоқ',
  levels: { standard: 'Төмен', high: 'Жоғары' },
  nav: { cases: 'Істер', deadlines: 'Мерзімдер' },
  actionDue: 'Іс-шара мерзімі',
};

/** Creates a case with the given people from the cases page; ends on the new case's page. */
export async function createCase(
  page: Page,
  l: CaseLabels,
  people: readonly { role: keyof CaseLabels['roles']; name: string }[],
): Promise<void> {
  await page.getByRole('button', { name: l.newCase }).first().click();
  const fieldsets = page.locator('fieldset.person');
  for (let i = 0; i < people.length; i++) {
    if (i >= 2) await page.getByRole('button', { name: l.addPerson }).click();
    const fs = fieldsets.nth(i);
    await fs.getByLabel(l.role).selectOption({ label: l.roles[people[i]!.role] });
    await fs.getByLabel(l.name).fill(people[i]!.name);
  }
  await page.getByRole('button', { name: l.createCase }).click();
  await expect(page.locator('.case-title h1')).toBeVisible();
}

/** Opens the new-entry dialog with Ctrl+E, picks a kind and fills the narrative. */
export async function startEntry(page: Page, l: CaseLabels, kindLabel: string, narrative: string) {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog');
  await pickKind(dialog, l.kind, kindLabel);
  await dialog.getByLabel(l.narrative).fill(narrative);
  return dialog;
}

/** The timeline card of the entry whose narrative contains `text`. */
export function entryCard(page: Page, text: string) {
  return page.locator('.timeline article.entry').filter({ hasText: text });
}
