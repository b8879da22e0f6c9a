import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { kzDottedDate } from '../dates';
import { test, expect } from '../fixtures';
import { RU, startEntry } from '../pages/casePages';
import { goInApp, reloadAndSignIn } from '../pages/shell';
import {
  RU_MEETINGS as M,
  expectPageNumbers,
  loadDemoCases,
  officeSettings,
  pdfPages,
  typeDate,
} from '../pages/meetingPages';

const INTERNAL = 'ВНУТРЕННЕЕ: источник — соседка с пятого этажа';
const FOR_HEALTH = 'ДЛЯ ПОЛИКЛИНИКИ: повторный осмотр назначен';
const FORMULA = "=cmd|' /C calc'!A0";
const KAZAKH_NOTE = 'Әкімдік ғимаратында қаралды: аңдау, өтініш, ұл, үй, һ, іс';
const HEALTH = 'Городская поликлиника №4';
const CRISIS = 'Кризисный центр «Шаңырақ»';
const SOCIAL = 'Отдел занятости и соцпрограмм';

test('a meeting from demo data: agenda, minutes, actions on the timelines and deadlines, a copy for each partner', async ({
  launch,
}) => {
  test.setTimeout(300_000);
  const app = await launch({ settings: officeSettings(), viewport: { width: 1440, height: 1000 } });
  const { page } = app;
  await loadDemoCases(app);

  // Schedule today's meeting, every known partner invited.
  await page.getByRole('navigation').getByRole('link', { name: M.nav }).click();
  await page.getByRole('button', { name: M.schedule }).click();
  let dialog = page.getByRole('dialog');
  await typeDate(page, dialog, M.heldOn, kzDottedDate(0));
  await dialog.getByLabel(M.place).fill('Акимат Алмалинского района, каб. 204');
  for (const box of await dialog.getByRole('checkbox').all()) if (await box.isEnabled()) await box.check();
  await dialog.getByRole('button', { name: M.create, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Совещание ${kzDottedDate(0)}`);

  // Accept the suggested agenda: each suggestion said why.
  const suggestions = page.locator('.suggestion-list li');
  await expect(suggestions.first()).toContainText(/Высокий риск|Нарушение меры защиты|Новый инцидент/);
  const suggested = await suggestions.count();
  expect(suggested).toBeGreaterThan(2);
  await page.getByRole('button', { name: M.acceptAll }).click();
  const rows = page.locator('.agenda-list .agenda-row');
  await expect(rows).toHaveCount(suggested);
  await expect(page.getByText(M.saved)).toBeVisible();
  const refs = (await rows.locator('.agenda-case strong').allTextContents()).map((r) => r.trim());

  // Reorder by keyboard: the second case moves to the top, and a screen reader hears it.
  // Each step waits for what a screen reader hears, in Russian.
  await page.getByRole('button', { name: M.moveHandle(refs[1]!) }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(`Дело ${refs[1]} теперь 2-е из ${suggested}.`)).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(`Дело ${refs[1]} теперь 1-е из ${suggested}.`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(`Дело ${refs[1]} поставлено 1-м из ${suggested}.`)).toBeAttached();
  await expect(rows.first()).toContainText(refs[1]!);
  await expect(page.getByText(M.saved)).toBeVisible();
  const [first, second] = [refs[1]!, refs[0]!];
  const meetingUrl = page.url();

  // The first case gets an internal note, a note for the health partner only, and a formula.
  await rows.first().getByRole('link', { name: first }).click();
  await expect(page.locator('.case-title h1')).toHaveText(first);
  let entry = await startEntry(page, RU, 'Заметка', INTERNAL);
  await entry.getByLabel('Только моему ведомству').check();
  await entry.getByRole('button', { name: RU.saveEntry }).click();
  await expect(entry).toBeHidden();
  entry = await startEntry(page, RU, 'Заметка', FOR_HEALTH);
  await entry.getByLabel('Только указанным ведомствам').check();
  await entry.getByLabel(HEALTH).check();
  await entry.getByRole('button', { name: RU.saveEntry }).click();
  await expect(entry).toBeHidden();
  entry = await startEntry(page, RU, 'Заметка', FORMULA);
  await entry.getByRole('button', { name: RU.saveEntry }).click();
  await expect(entry).toBeHidden();
  const caseUrl = page.url();
  await goInApp(page, meetingUrl);
  await expect(rows.first()).toContainText(first);

  // Attendance, notes, the victim's views and two actions.
  for (const agency of ['УП Алмалинского района', CRISIS, HEALTH, SOCIAL])
    await page.getByLabel(M.present(agency)).check();
  await page.getByLabel(M.people(CRISIS)).fill('психолог Ахметова Д.');
  const discussions = page.locator('article.discussion');
  const one = discussions.nth(0);
  await one.getByLabel(M.notes).fill(`Полиция сообщила о повторном нарушении. ${KAZAKH_NOTE}`);
  await one.getByLabel(M.views).fill('Хочет, чтобы он не приходил домой; в убежище переезжать не готова');
  await one.getByLabel(M.viewsBy).fill(CRISIS);
  await one.locator('summary', { hasText: M.addAction }).click();
  let form = one.locator('form.action-form');
  await form.getByLabel(M.actionText).fill('Проверить условия проживания детей');
  await form.getByLabel(M.actionOwner).selectOption({ label: CRISIS });
  await form.getByLabel(M.actionPerson).fill('Ахметова Д.');
  await typeDate(page, form, M.actionDue, kzDottedDate(7));
  await form.getByRole('button', { name: M.addAction }).click();
  await expect(one.locator('.agreed-action')).toContainText('Проверить условия проживания детей');
  const two = discussions.nth(1);
  await two.locator('summary', { hasText: M.addAction }).click();
  form = two.locator('form.action-form');
  await form.getByLabel(M.actionText).fill('Оформить адресную социальную помощь');
  await form.getByLabel(M.actionOwner).selectOption({ label: SOCIAL });
  await typeDate(page, form, M.actionDue, kzDottedDate(14));
  await form.getByRole('button', { name: M.addAction }).click();
  await expect(two.locator('.agreed-action')).toContainText('Оформить адресную социальную помощь');
  await expect(page.getByText(M.saved)).toBeVisible();

  // What was typed survives leaving the screen.
  await reloadAndSignIn(app);
  await expect(rows.first()).toContainText(first);
  await expect(page.getByLabel(M.present(CRISIS))).toBeChecked();
  await expect(discussions.nth(0).getByLabel(M.notes)).toHaveValue(/повторном нарушении/);

  // Approve: the minutes lock.
  await page.getByRole('button', { name: M.approve }).click();
  dialog = page.getByRole('dialog', { name: 'Утвердить протокол' });
  await expect(dialog).toContainText('(2)');
  await dialog.getByRole('button', { name: M.approveConfirm, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: M.approved })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(discussions.nth(0).getByLabel(M.notes)).toHaveJSProperty('readOnly', true);
  await expect(page.getByRole('button', { name: M.moveHandle(first) })).toHaveCount(0);

  // The meeting pack for the meeting: nothing internal or restricted, no contacts, page N / M everywhere.
  const packPath = join(app.dataDir, 'pack-meeting.pdf');
  await app.dialogs.nextSave(packPath);
  await page.getByRole('button', { name: M.pack }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(M.forMeeting).check();
  await dialog.getByRole('button', { name: M.savePdf }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранён 1 файл' })).toBeVisible({
    timeout: 30_000,
  });
  const pack = pdfPages(packPath);
  expectPageNumbers(pack);
  const packText = pack.join('\n');
  expect(packText).toContain('Материалы к совещанию');
  expect(packText).toContain('Конфиденциальность');
  expect(packText).toContain(first);
  expect(packText).toContain(second);
  expect(packText).toContain(FORMULA);
  expect(packText).not.toContain(INTERNAL);
  expect(packText).not.toContain(FOR_HEALTH);
  expect(packText).not.toMatch(/\+7 70\d \d{3} \d{2} \d{2}/);

  // A copy for each partner: the health copy has what was written for health, no other has.
  // The agencies that wrote on the demo cases, besides this one.
  const partners = [SOCIAL, CRISIS, HEALTH, 'Специализированный административный суд'];
  const copies = partners.map((_, i) => join(app.dataDir, `pack-partner-${i}.pdf`));
  for (const path of copies) await app.dialogs.nextSave(path);
  await page.getByRole('button', { name: M.pack }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(M.eachPartner).check();
  await dialog.getByRole('button', { name: M.savePdf }).click();
  await expect(page.getByRole('status').filter({ hasText: `Сохранено ${partners.length} файл` })).toBeVisible(
    {
      timeout: 60_000,
    },
  );
  const byPartner = new Map<string, string>();
  for (const path of copies) {
    const pages = pdfPages(path);
    expectPageNumbers(pages);
    const text = pages.join('\n');
    const partner = partners.find((p) => text.includes(`Получатели: ${p}`));
    expect(partner).toBeDefined();
    byPartner.set(partner!, text);
    expect(text).not.toContain(INTERNAL);
  }
  expect([...byPartner.keys()].sort()).toEqual([...partners].sort());
  expect(byPartner.get(HEALTH)).toContain(FOR_HEALTH);
  for (const p of partners.filter((x) => x !== HEALTH)) expect(byPartner.get(p)).not.toContain(FOR_HEALTH);

  // The minutes in Kazakh: Kazakh letters as text, the actions and their owners, N / M.
  const minutesPath = join(app.dataDir, 'minutes-kk.pdf');
  await app.dialogs.nextSave(minutesPath);
  await page.getByRole('button', { name: M.minutes }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(M.language).selectOption({ label: 'Қазақша' });
  await dialog.getByRole('button', { name: M.savePdf }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранён 1 файл' })).toBeVisible({
    timeout: 30_000,
  });
  const minutes = pdfPages(minutesPath);
  expectPageNumbers(minutes);
  const minutesText = minutes.join('\n');
  expect(minutesText).toContain('Істер бойынша ведомствоаралық жиналыстың хаттамасы');
  expect(minutesText).toContain('Іс-шаралар тізілімі');
  expect(minutesText).toContain(KAZAKH_NOTE);
  for (const letter of 'әғқңөұүһі') expect(minutesText).toContain(letter);
  expect(minutesText).toContain('Проверить условия проживания детей');
  expect(minutesText).toContain('Ахметова Д.');
  expect(minutesText).not.toContain(INTERNAL);

  // The action register as CSV: UTF-8 with BOM, the right columns, two rows.
  const csvPath = join(app.dataDir, 'actions.csv');
  await app.dialogs.nextSave(csvPath);
  await page.getByRole('button', { name: M.exportActions }).click();
  await page.getByRole('dialog').getByRole('button', { name: M.save }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toBeVisible();
  const csv = await readFile(csvPath, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const register = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  expect(register[0]).toEqual([
    'Дело',
    'Мероприятие',
    'Ответственное ведомство',
    'Ответственное лицо',
    'Срок (ISO 8601)',
    'Срок',
    'Состояние',
    'Согласовано на совещании',
  ]);
  expect(register.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[5], r[6]])).toEqual([
    [first, 'Проверить условия проживания детей', CRISIS, 'Ахметова Д.', kzDottedDate(7), 'В работе'],
    [second, 'Оформить адресную социальную помощь', SOCIAL, '', kzDottedDate(14), 'В работе'],
  ]);

  // The meeting and its actions as a calendar a real parser reads.
  const icsPath = join(app.dataDir, 'meeting.ics');
  await app.dialogs.nextSave(icsPath);
  await page.getByRole('button', { name: M.exportCalendar }).click();
  await page.getByRole('dialog').getByRole('button', { name: M.save }).click();
  await expect(page.getByRole('status').filter({ hasText: 'meeting.ics' })).toBeVisible();
  const calendar = new ICAL.Component(ICAL.parse(await readFile(icsPath, 'utf8')) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.summary).sort()).toEqual(
    [
      `Межведомственное совещание по делам · УП Алмалинского района`,
      `${first} · Срок мероприятия · ${CRISIS}`,
      `${second} · Срок мероприятия · ${SOCIAL}`,
    ].sort(),
  );
  expect(events.find((e) => e.summary.startsWith(first))?.startDate.toString()).toBe(
    kzDottedDate(7).split('.').reverse().join('-'),
  );

  // The actions are on their case's timeline, agreed at the meeting.
  await goInApp(page, caseUrl);
  const timeline = page.locator('.timeline');
  await expect(timeline).toContainText('Проверить условия проживания детей');
  await expect(timeline).toContainText('Обсуждение на совещании');
  await expect(timeline).toContainText('Хочет, чтобы он не приходил домой');

  // The chronology CSV of that case: the formula narrative comes out inert.
  const chronoPath = join(app.dataDir, 'chronology.csv');
  await app.dialogs.nextSave(chronoPath);
  await page.getByText('Выгрузка', { exact: true }).click();
  await page.getByRole('button', { name: 'Хронология (CSV)…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: M.save }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toBeVisible();
  const chrono = await readFile(chronoPath, 'utf8');
  expect(chrono.startsWith('\uFEFF')).toBe(true);
  const table = Papa.parse<string[]>(chrono.slice(1), { skipEmptyLines: true }).data;
  expect(table[0]!.slice(0, 3)).toEqual(['Когда (ISO 8601)', 'Когда', 'Вид записи']);
  const narrative = table[0]!.indexOf('Описание');
  const formulaRow = table.find((r) => r[narrative]?.includes('cmd|'));
  expect(formulaRow?.[narrative]).toBe(`'${FORMULA}`);
  expect(chrono).not.toContain(INTERNAL);

  // The Deadlines page: both actions with owner and person, filtered by the meeting, one closed as not possible.
  await page.getByRole('navigation').getByRole('link', { name: RU.nav.deadlines }).click();
  await page.getByLabel('Показать ближайшие').selectOption({ label: '30 дней' });
  await page.getByLabel('Где согласовано').selectOption({ label: `Совещание ${kzDottedDate(0)}` });
  const due = page.locator('.deadline-row');
  await expect(due).toHaveCount(2);
  await expect(due.nth(0)).toContainText('Проверить условия проживания детей');
  await expect(due.nth(0)).toContainText('Кризисный центр');
  await expect(due.nth(0)).toContainText('Ахметова Д.');
  await expect(due.nth(1)).toContainText('Оформить адресную социальную помощь');
  await due
    .nth(1)
    .getByRole('button', { name: /Закрыть/ })
    .click();
  dialog = page.getByRole('dialog', { name: 'Закрыть мероприятие' });
  await dialog.getByLabel('Выполнить невозможно').check();
  await dialog.getByRole('button', { name: 'Закрыть мероприятие' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Укажите причину.');
  await dialog.getByLabel('Почему выполнить невозможно').fill('Семья переехала в другой район');
  await dialog.getByRole('button', { name: 'Закрыть мероприятие' }).click();
  await expect(due).toHaveCount(1);
  await expect(
    page.getByRole('status').filter({ hasText: 'Закрыто: Оформить адресную социальную помощь' }),
  ).toBeVisible();
});

test('the case summary marks typed text that quotes a contact, and leaves it out when asked; a run of copies stops when cancelled', async ({
  launch,
}) => {
  test.setTimeout(180_000);
  const app = await launch({ settings: officeSettings(), viewport: { width: 1440, height: 1000 } });
  const { page } = app;
  await loadDemoCases(app);

  // A shared note that quotes the victim's new number, on the first case of the list.
  await page.getByRole('navigation').getByRole('link', { name: RU.nav.cases }).click();
  await page.locator('.grid-body .grid-row').first().click();
  await expect(page.locator('.case-title h1')).toBeVisible();
  const quoted = 'Новый номер пострадавшей: 8 (701) 222-33-44, звонить после 18:00';
  const entry = await startEntry(page, RU, 'Заметка', quoted);
  await entry.getByRole('button', { name: RU.saveEntry }).click();
  await expect(entry).toBeHidden();

  await page.getByRole('button', { name: 'Печать сводки' }).click();
  const dialog = page.getByRole('dialog');
  const flagged = dialog.locator('.free-text-list li').filter({ hasText: 'Упоминается номер телефона' });
  await expect(flagged).toContainText(quoted);
  await flagged.getByLabel('Не включать').check();
  await expect(dialog.getByText('1 запись не будет включена в документ.')).toBeVisible();
  await dialog.getByLabel('Сначала новые').check();
  const path = join(app.dataDir, 'summary.pdf');
  await app.dialogs.nextSave(path);
  await dialog.getByRole('button', { name: 'Сохранить в PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Сохранено: ${path}` })).toBeVisible();
  const pages = pdfPages(path);
  expectPageNumbers(pages);
  // Lines of a paragraph joined, as a reader's search reads them.
  const text = pages.join('\n').replace(/\s+/g, ' ');
  expect(text).not.toContain('222-33-44');
  expect(text).toContain(
    '1 запись, доступная получателям, не включена в этот экземпляр по решению распечатавшего его сотрудника.',
  );
  expect(text).toContain('сначала новые');
  expect(text).toContain('Почему дело выносится на совещание');

  // Copies for each partner: the second save dialog is cancelled, and the run stops there.
  await page.getByRole('navigation').getByRole('link', { name: M.nav }).click();
  await page.getByRole('button', { name: M.schedule }).click();
  const schedule = page.getByRole('dialog');
  await typeDate(page, schedule, M.heldOn, kzDottedDate(1));
  for (const box of await schedule.getByRole('checkbox').all()) if (await box.isEnabled()) await box.check();
  await schedule.getByRole('button', { name: M.create, exact: true }).click();
  await page.locator('.suggestion-list li button').first().click();
  await expect(page.getByText(M.saved)).toBeVisible();
  await app.dialogs.nextSave(join(app.dataDir, 'copy-1.pdf'));
  await app.dialogs.nextSave(null);
  await page.getByRole('button', { name: M.pack }).click();
  await page.getByRole('dialog').getByLabel(M.eachPartner).check();
  await page.getByRole('dialog').getByRole('button', { name: M.savePdf }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Отменено: сохранено 1 из 4.' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('button', { name: 'Отменить' })).toHaveCount(0);
});
