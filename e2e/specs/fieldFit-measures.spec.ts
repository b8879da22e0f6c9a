import { test, expect } from '../fixtures';
import { benchSettings } from '../bench/settings';
import { kzDate } from '../dates';
import { createCase, KK, RU, type CaseLabels } from '../pages/casePages';
import { pickKind, typeDate, typeTime } from '../pages/entryForm';

/**
 * Measures as a district inspector records them, in Russian and in Kazakh: a court's special
 * requirements with a monthly reporting schedule make check-in deadlines; a missed check-in,
 * recorded from the measure's card, shows on the case and on the Deadlines page. A protective
 * order asks for no term and can be issued and served in one step, never served before issued.
 */
const STORIES = [
  {
    language: 'ru',
    labels: RU,
    people: { victim: 'Ольга Ковалёва', harmCauser: 'Игорь Ковалёв' },
    l: {
      kind: 'Вид записи',
      orderIssued: 'Защитная мера вынесена',
      date: 'Дата события',
      time: 'Время',
      measure: 'Мера',
      court: 'Особые требования к поведению',
      protective: 'Защитное предписание',
      months: 'Срок (месяцев)',
      perMonth: 'Явок в полицию в месяц',
      noContact: 'Запрет контактов с пострадавшим лицом',
      against: 'В отношении кого',
      save: 'Сохранить запись',
      termRequired: 'Укажите срок, установленный судом: от 3 до 12 месяцев.',
      schedule: 'Явка в полицию 1 раз в месяц',
      notRecorded: (d: string) => `Явка со сроком ${d} не отмечена`,
      next: (d: string) => `Следующая явка до ${d}`,
      missedButton: 'Не явился',
      recorded: 'Записано: Явка на профилактическую беседу.',
      missedOnCase: (d: string) => `Неявка: срок был ${d}`,
      deadlines: 'Сроки',
      dueRow: 'Явка на профилактическую беседу',
      missedRow: 'Неявка на профилактическую беседу',
      servedTogether: 'Вручено одновременно',
      servedDate: 'Дата вручения',
      servedTime: 'Время вручения',
      servedBeforeIssued: 'Вручено раньше, чем вынесено: проверьте дату и время.',
      servedKind: 'Защитная мера вручена',
      notServed: 'ещё не вручено',
      breachButton: 'Нарушение',
      arrest: 'Административный арест',
      arrestDays: 'Арест (суток)',
      breachKind: 'Защитная мера нарушена',
      oneBreach: '1 нарушение',
      arrestRange: 'Укажите число от 1 до 5.',
    },
  },
  {
    language: 'kk',
    labels: KK,
    people: { victim: 'Гүлнар Әбенова', harmCauser: 'Серік Әбенов' },
    l: {
      kind: 'Жазба түрі',
      orderIssued: 'Қорғау шарасы белгіленді',
      date: 'Оқиға күні',
      time: 'Уақыты',
      measure: 'Шара',
      court: 'Мінез-құлқына ерекше талаптар',
      protective: 'Қорғау нұсқамасы',
      months: 'Мерзімі (ай)',
      perMonth: 'Айына полицияға келу саны',
      noContact: 'Зардап шеккен адаммен байланысуға тыйым',
      against: 'Кімге қатысты',
      save: 'Жазбаны сақтау',
      termRequired: 'Сот белгілеген мерзімді көрсетіңіз: 3 айдан 12 айға дейін.',
      schedule: 'Полицияға айына 1 рет келу',
      notRecorded: (d: string) => `${d} мерзіміндегі келу белгіленбеген`,
      next: (d: string) => `Келесі келу ${d} дейін`,
      missedButton: 'Келмеді',
      recorded: 'Жазылды: Профилактикалық әңгімеге келу.',
      missedOnCase: (d: string) => `Келмеді: мерзімі ${d} болған`,
      deadlines: 'Мерзімдер',
      dueRow: 'Профилактикалық әңгімеге келу',
      missedRow: 'Профилактикалық әңгімеге келмеді',
      servedTogether: 'Бір мезгілде табыс етілді',
      servedDate: 'Табыс етілген күні',
      servedTime: 'Табыс етілген уақыты',
      servedBeforeIssued: 'Шығарылмай тұрып табыс етілген: күні мен уақытын тексеріңіз.',
      servedKind: 'Қорғау шарасы табыс етілді',
      notServed: 'әлі табыс етілмеді',
      breachButton: 'Бұзушылық',
      arrest: 'Әкімшілік қамаққа алу',
      arrestDays: 'Қамаққа алу (тәулік)',
      breachKind: 'Қорғау шарасы бұзылды',
      oneBreach: '1 бұзушылық',
      arrestRange: '1 мен 5 аралығындағы санды көрсетіңіз.',
    },
  },
] as const;

/** 'yyyy-mm-dd' → 'dd.mm.yyyy', as the screens in both languages write it. */
const dotted = (iso: string) => iso.split('-').reverse().join('.');

/** A start about 40 days ago on a day of the month every month has, and its first two check-ins. */
function courtDates() {
  let offset = -40;
  while (Number(kzDate(offset).slice(8)) > 28) offset -= 1;
  const start = kzDate(offset);
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const day = (months: number, days: number) =>
    new Date(Date.UTC(y, m - 1 + months, d + days)).toISOString().slice(0, 10);
  // One check-in a month: due by the last day of each month of the term, counted from the start.
  return { start, first: day(1, -1), second: day(2, -1) };
}

for (const s of STORIES) {
  test(`${s.language}: a court's monthly reporting makes check-in deadlines, and a missed one shows on the case and the Deadlines page`, async ({
    launch,
  }) => {
    const app = await launch({ settings: { ...benchSettings(), language: s.language } });
    const { page } = app;
    const { l } = s;
    const L: CaseLabels = s.labels;
    const when = courtDates();
    await createCase(page, L, [
      { role: 'victim', name: s.people.victim },
      { role: 'harmCauser', name: s.people.harmCauser },
    ]);

    // The court's special requirements, decided about 40 days ago: three months, no contact,
    // reporting to the police once a month. The term is asked for, never assumed.
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await pickKind(dialog, l.kind, l.orderIssued);
    await typeDate(dialog, l.date, dotted(when.start));
    await dialog.getByLabel(l.measure, { exact: true }).selectOption({ label: l.court });
    await expect(dialog.getByLabel(l.against)).toHaveValue(/.+/);
    await dialog.getByLabel(l.perMonth).fill('1');
    await dialog.getByLabel(l.noContact).check();
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog.getByText(l.termRequired)).toBeVisible();
    await dialog.getByLabel(l.months).fill('3');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();

    // The case shows the schedule: the first check-in not recorded, the next one due.
    const card = page.locator('.measure-card').filter({ hasText: l.court });
    await expect(card).toContainText(l.schedule);
    await expect(card).toContainText(l.notRecorded(dotted(when.first)));
    await expect(card).toContainText(l.next(dotted(when.second)));

    // The Deadlines page lists the check-ins.
    await page.getByRole('navigation').getByRole('link', { name: l.deadlines }).click();
    await expect(page.locator('main').getByText(l.dueRow, { exact: true }).first()).toBeVisible();
    await page.goBack();

    // He did not come: recorded from the card with the keyboard, against the check-in due.
    const missed = card.getByRole('button', { name: l.missedButton });
    await missed.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: l.recorded })).toBeVisible();
    await expect(card).toContainText(l.missedOnCase(dotted(when.first)));
    await expect(card).not.toContainText(l.notRecorded(dotted(when.first)));

    // …and the Deadlines page has its row.
    await page.getByRole('navigation').getByRole('link', { name: l.deadlines }).click();
    await expect(page.locator('main').getByText(l.missedRow).first()).toBeVisible();
  });

  test(`${s.language}: a protective order asks for no term, and is issued and served in one step, never served first`, async ({
    launch,
  }) => {
    const app = await launch({ settings: { ...benchSettings(), language: s.language } });
    const { page } = app;
    const { l } = s;
    await createCase(page, s.labels, [
      { role: 'victim', name: s.people.victim },
      { role: 'harmCauser', name: s.people.harmCauser },
    ]);
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await pickKind(dialog, l.kind, l.orderIssued);
    await expect(dialog.getByLabel(l.measure, { exact: true })).toHaveValue('protective-order');
    await expect(dialog.getByLabel(l.months)).toHaveCount(0);
    // Issued yesterday at 10:00; handed over on the spot.
    await typeDate(dialog, l.date, dotted(kzDate(-1)));
    await typeTime(dialog, l.time, '10:00');
    await dialog.getByLabel(l.servedTogether).check();
    await typeTime(dialog, l.servedTime, '09:55');
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog.getByText(l.servedBeforeIssued)).toBeVisible();
    await typeTime(dialog, l.servedTime, '10:05');
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog).toBeHidden();

    const card = page.locator('.measure-card').filter({ hasText: l.protective });
    await expect(card).toBeVisible();
    await expect(card).not.toContainText(l.notServed);
    await expect(page.locator('.timeline article.entry').filter({ hasText: l.servedKind })).toHaveCount(1);

    // A breach, from the card: the form comes filled in with the measure; what followed is said,
    // an administrative arrest with its days (1 to 5).
    await card.getByRole('button', { name: l.breachButton }).click();
    const breach = page.getByRole('dialog');
    await expect(breach.getByRole('combobox', { name: l.kind })).toHaveValue(l.breachKind);
    await breach.getByLabel(l.arrest).check();
    await breach.getByLabel(l.arrestDays).fill('7');
    await page.keyboard.press('Control+Enter');
    await expect(breach.getByText(l.arrestRange)).toBeVisible();
    await breach.getByLabel(l.arrestDays).fill('3');
    await page.keyboard.press('Control+Enter');
    await expect(breach).toBeHidden();
    await expect(card).toContainText(l.oneBreach);
    await expect(page.locator('.timeline article.entry').filter({ hasText: l.breachKind })).toContainText(
      l.arrest,
    );
  });
}
