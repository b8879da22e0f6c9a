import { test, expect } from '../fixtures';
import { benchSettings } from '../bench/settings';
import { kzDottedDate } from '../dates';
import { createCase, KK, RU, type CaseLabels } from '../pages/casePages';

/**
 * A blank or half-filled risk assessment cannot lower a High case: unanswered questions are
 * counted and marked, the case stays High, in the High filter, with its review date. A complete
 * one that lowers the level asks why. Written as a user acts, in Russian and in Kazakh.
 */
const STORIES = [
  {
    language: 'ru',
    labels: RU,
    people: { victim: 'Ольга Ковалёва', harmCauser: 'Игорь Ковалёв' },
    reason: 'Переехала к сестре в другой город, он задержан',
    l: {
      dialog: 'Оценка риска',
      assess: 'Оценить риск',
      save: 'Сохранить оценку',
      cancel: 'Отмена',
      yes: 'Да',
      no: 'Нет',
      unanswered: (n: number) => `Без ответа ${n} вопросов: ответьте да, нет или неизвестно.`,
      unansweredOne: 'Ответьте: да, нет или неизвестно.',
      notSaved: 'Не сохранено',
      high: 'Высокий',
      low: 'Низкий',
      reviewDue: (date: string) => `Пересмотр до ${date}`,
      lowerReason: 'Почему риск теперь ниже',
      lowerNeedsReason: 'Этот результат снижает уровень риска по делу: укажите причину.',
      riskFilter: 'Риск',
      cases: 'Дела',
    },
  },
  {
    language: 'kk',
    labels: KK,
    people: { victim: 'Гүлнар Әбенова', harmCauser: 'Серік Әбенов' },
    reason: 'Басқа қалаға апасының үйіне көшті, ол ұсталды',
    l: {
      dialog: 'Қауіпті бағалау',
      assess: 'Қауіпті бағалау',
      save: 'Бағалауды сақтау',
      cancel: 'Болдырмау',
      yes: 'Иә',
      no: 'Жоқ',
      unanswered: (n: number) => `${n} сұраққа жауап жоқ: иә, жоқ немесе белгісіз деп жауап беріңіз.`,
      unansweredOne: 'Жауап беріңіз: иә, жоқ немесе белгісіз.',
      notSaved: 'Сақталмады',
      high: 'Жоғары',
      low: 'Төмен',
      reviewDue: (date: string) => `${date} дейін қайта қарау`,
      lowerReason: 'Қауіп неге енді төмен',
      lowerNeedsReason: 'Бұл нәтиже іс бойынша қауіп деңгейін төмендетеді: себебін көрсетіңіз.',
      riskFilter: 'Қауіп',
      cases: 'Істер',
    },
  },
] as const;

const QUESTIONS = 20;

for (const s of STORIES) {
  test(`${s.language}: a blank or half-filled assessment cannot lower a High case`, async ({ launch }) => {
    const app = await launch({ settings: { ...benchSettings(), language: s.language } });
    const { page } = app;
    const { l } = s;
    const L: CaseLabels = s.labels;
    await createCase(page, L, [
      { role: 'victim', name: s.people.victim },
      { role: 'harmCauser', name: s.people.harmCauser },
    ]);
    const badge = page.locator('.glance .risk-now .risk');
    const riskBox = page.locator('.glance section').first();

    // First assessment: every question yes. High, to be reviewed in 28 days.
    await page.getByRole('button', { name: l.assess, exact: true }).click();
    let dialog = page.getByRole('dialog', { name: l.dialog });
    for (const q of await dialog.locator('.risk-factors li').all())
      await q.getByRole('radio', { name: l.yes, exact: true }).check();
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog).toBeHidden();
    await expect(badge).toHaveText(l.high);
    await expect(riskBox).toContainText(l.reviewDue(kzDottedDate(28)));

    // A blank assessment: nothing is saved; every question says it needs an answer.
    await page.getByRole('button', { name: l.assess, exact: true }).click();
    dialog = page.getByRole('dialog', { name: l.dialog });
    await expect(dialog).toContainText(l.unanswered(QUESTIONS));
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: l.notSaved })).toBeVisible();
    await expect(dialog.locator('.risk-factors li.unanswered')).toHaveCount(QUESTIONS);
    await expect(dialog.locator('.risk-factors li').first()).toContainText(l.unansweredOne);
    // Focus is on the first question to answer.
    await expect(dialog.locator('.risk-factors li').first().getByRole('radio').first()).toBeFocused();

    // Half-filled: ten questions answered no. Still refused; ten are left.
    const questions = await dialog.locator('.risk-factors li').all();
    for (const q of questions.slice(0, 10)) await q.getByRole('radio', { name: l.no, exact: true }).check();
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog).toContainText(l.unanswered(10));
    await expect(dialog.locator('.risk-factors li.unanswered')).toHaveCount(10);
    await dialog.getByRole('button', { name: l.cancel }).click();
    await expect(dialog).toBeHidden();

    // The case is still High, with its review date, and in the High filter of the cases list.
    await expect(badge).toHaveText(l.high);
    await expect(riskBox).toContainText(l.reviewDue(kzDottedDate(28)));
    await page.getByRole('navigation').getByRole('link', { name: l.cases }).click();
    await page
      .locator('label')
      .filter({ hasText: l.riskFilter })
      .getByRole('combobox')
      .selectOption({ label: l.high });
    await expect(page.getByRole('row').filter({ hasText: s.people.victim })).toContainText(l.high);
    await page.getByRole('row').filter({ hasText: s.people.victim }).click();

    // A complete assessment that lowers the level asks why, and keeps the reason.
    await page.getByRole('button', { name: l.assess, exact: true }).click();
    dialog = page.getByRole('dialog', { name: l.dialog });
    for (const q of await dialog.locator('.risk-factors li').all())
      await q.getByRole('radio', { name: l.no, exact: true }).check();
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog.getByText(l.lowerNeedsReason)).toBeVisible();
    await dialog.getByLabel(l.lowerReason).fill(s.reason);
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog).toBeHidden();
    await expect(badge).toHaveText(l.low);
    await expect(page.locator('.timeline article.entry').first()).toContainText(s.reason);
  });
}
