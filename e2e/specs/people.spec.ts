/**
 * People on a case, in Russian and Kazakh: every field typed on the new-case form is on the
 * case afterwards, an IIN already on another case is pointed out, a reference that is too long
 * says so, and invisible control characters are refused in forms and shown, never obeyed, in
 * what is already stored.
 */
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { officeSettings, personCard, personRow, storeOlderCase } from '../pages/people';
import { createFirstAdministrator } from '../pages/session';

/** What a user reads, per language, written out (not taken from the catalogues). */
const LANGUAGES = {
  ru: {
    newCase: 'Новое дело',
    reference: 'Номер дела',
    create: 'Создать дело',
    role: 'Роль',
    household: 'Член семьи',
    name: 'ФИО',
    aliases: 'Другие имена и написания',
    iin: 'ИИН',
    phone: 'Телефон',
    address: 'Адрес',
    safeTimes: 'Когда безопасно связываться',
    safeChannel: 'Безопасный способ связи',
    viaCrisisCentre: 'Только через кризисный центр',
    language: 'Предпочитаемый язык',
    kazakh: 'Казахский',
    interpreter: 'Нужен переводчик',
    yes: 'Да',
    notes: 'Примечания',
    sensitive: 'конфиденциально',
    cases: 'Дела',
    referenceTooLong: 'Номер дела — не более 40 символов; сейчас 47.',
    iinOnOtherCase: 'Этот ИИН уже указан в другом деле: проверьте, тот ли это человек.',
    iinAlsoOn: 'Тот же ИИН в другом деле:',
    harmCauser: 'Лицо, причинившее вред',
    invisibleName: 'Здесь есть невидимый символ (U+202E) на позиции 8: удалите его и наберите текст заново.',
    invisibleNul: 'Здесь есть невидимый символ (U+0000) на позиции 7: удалите его и наберите текст заново.',
    people: 'Участники',
  },
  kk: {
    newCase: 'Жаңа іс',
    reference: 'Іс нөмірі',
    create: 'Іс жасау',
    role: 'Рөлі',
    household: 'Отбасы мүшесі',
    name: 'Аты-жөні',
    aliases: 'Басқа аттары мен жазылуы',
    iin: 'ЖСН',
    phone: 'Телефон',
    address: 'Мекенжай',
    safeTimes: 'Хабарласуға қауіпсіз уақыт',
    safeChannel: 'Қауіпсіз байланыс тәсілі',
    viaCrisisCentre: 'Тек дағдарыс орталығы арқылы',
    language: 'Қалаған тілі',
    kazakh: 'Қазақ тілі',
    interpreter: 'Аудармашы қажет',
    yes: 'Иә',
    notes: 'Ескертпелер',
    sensitive: 'құпия',
    cases: 'Істер',
    referenceTooLong: 'Іс нөмірі 40 таңбадан аспауы керек; қазір 47.',
    iinOnOtherCase: 'Бұл ЖСН басқа істе бұрыннан көрсетілген: сол адам екенін тексеріңіз.',
    iinAlsoOn: 'Осы ЖСН басқа істе де бар:',
    harmCauser: 'Зиян келтірген адам',
    invisibleName: 'Мұнда көрінбейтін таңба бар (U+202E, 8-орын): оны өшіріп, мәтінді қайта теріңіз.',
    invisibleNul: 'Мұнда көрінбейтін таңба бар (U+0000, 7-орын): оны өшіріп, мәтінді қайта теріңіз.',
    people: 'Қатысушылар',
  },
} as const;

type Labels = (typeof LANGUAGES)[keyof typeof LANGUAGES];

/** A valid IIN: a man born 15 July 1988 (check digit 5). */
const IIN = '880715350015';

/** Opens the new-case form from the cases list. */
async function openNewCase(page: Page, l: Labels) {
  await page.getByRole('navigation').getByRole('link', { name: l.cases }).click();
  await page.getByRole('button', { name: l.newCase }).first().click();
  await expect(personRow(page, 0)).toBeVisible();
}

/** Types the two people every case here has; returns the reference the form suggested. */
async function fillCouple(page: Page, l: Labels, victim: string, harmCauser: string, iin = '') {
  await personRow(page, 0).getByLabel(l.name, { exact: true }).fill(victim);
  await personRow(page, 1).getByLabel(l.name, { exact: true }).fill(harmCauser);
  if (iin) await personRow(page, 1).getByLabel(l.iin, { exact: true }).fill(iin);
  return page.getByLabel(l.reference).inputValue();
}

for (const [lang, l] of Object.entries(LANGUAGES) as ['ru' | 'kk', Labels][]) {
  test.describe(`${lang}`, () => {
    test(`${lang}: an IIN already on another case is pointed out on the form and on the case`, async ({
      launch,
    }) => {
      const { page } = await launch({ settings: officeSettings(lang) });
      await openNewCase(page, l);
      const first = await fillCouple(page, l, 'Гүлназ Жұмабаева', 'Нұрлан Жұмабаев', IIN);
      // Nothing is on another case yet.
      await expect(personRow(page, 1).getByText(l.iinOnOtherCase)).toHaveCount(0);
      await page.getByRole('button', { name: l.create }).click();
      await expect(page.locator('.case-title h1')).toHaveText(first);

      await openNewCase(page, l);
      await personRow(page, 0).getByLabel(l.name, { exact: true }).fill('Айнұр Серікова');
      await personRow(page, 1).getByLabel(l.role).selectOption({ label: l.household });
      await personRow(page, 1).getByLabel(l.name, { exact: true }).fill('Нұрлан Жұмабаев');
      // Typed as people type it, in groups.
      await personRow(page, 1).getByLabel(l.iin, { exact: true }).fill('8807 1535 0015');
      const warning = personRow(page, 1).locator('.field-warning');
      await expect(warning).toContainText(l.iinOnOtherCase);
      await expect(warning).toContainText(`${first} — ${l.harmCauser}`);
      const second = await page.getByLabel(l.reference).inputValue();
      expect(second).not.toBe(first);
      await page.getByRole('button', { name: l.create }).click();
      await expect(page.locator('.case-title h1')).toHaveText(second);

      const card = await personCard(page, 'Нұрлан Жұмабаев');
      await expect(card.locator('.iin-warning')).toContainText(l.iinAlsoOn);
      await card.getByRole('link', { name: first }).click();
      await expect(page.locator('.case-title h1')).toHaveText(first);
      // And the first case knows of the second.
      const back = await personCard(page, 'Нұрлан Жұмабаев');
      await expect(back.locator('.iin-warning')).toContainText(second);
    });

    test(`${lang}: a 47-character reference is refused as too long, and nothing is saved`, async ({
      launch,
    }) => {
      const { page } = await launch({ settings: officeSettings(lang) });
      await openNewCase(page, l);
      await page.getByLabel(l.reference).fill('POL-2026-'.padEnd(47, '0'));
      await fillCouple(page, l, 'Сәуле Қасымова', 'Дәурен Қасымов');
      await page.getByRole('button', { name: l.create }).click();
      await expect(page.getByText(l.referenceTooLong)).toBeVisible();
      await expect(page.getByLabel(l.reference)).toHaveValue('POL-2026-'.padEnd(47, '0'));
      await page.getByLabel(l.reference).fill('POL-2026-0040');
      await page.getByRole('button', { name: l.create }).click();
      await expect(page.locator('.case-title h1')).toHaveText('POL-2026-0040');
    });

    test(`${lang}: every field typed for a person, notes included, is on the case`, async ({ launch }) => {
      const { page } = await launch({ settings: officeSettings(lang) });
      await openNewCase(page, l);
      const row = personRow(page, 0);
      await row.getByLabel(l.name, { exact: true }).fill('Мадина Ахметова');
      await row.getByLabel(l.aliases).fill('Madina Akhmetova, Мадина Сейтжанова');
      await row.getByLabel(l.iin, { exact: true }).fill('910402450018');
      await row.getByLabel(l.phone).fill('+7 701 555 01 42');
      await row.getByLabel(l.address).fill('Абай даңғылы 150, 37');
      await row.getByLabel(l.safeTimes).fill('10:00–12:00');
      await row.getByLabel(l.safeChannel).selectOption({ label: l.viaCrisisCentre });
      await row.getByLabel(l.language).selectOption({ label: l.kazakh });
      await row.getByLabel(l.interpreter).check();
      await row.getByLabel(l.notes).fill('Сестра — Жанар, звонить только ей.\nНе оставлять сообщений.');
      await personRow(page, 1).getByLabel(l.name, { exact: true }).fill('Бауыржан Ахметов');
      await page.getByRole('button', { name: l.create }).click();
      await expect(page.locator('.case-title h1')).toBeVisible();

      const card = await personCard(page, 'Мадина Ахметова');
      const field = (label: string) => card.locator('.person-field').filter({ hasText: label });
      await expect(field(l.aliases).locator('dd')).toHaveText('Madina Akhmetova, Мадина Сейтжанова');
      // Born on the day the IIN says, as no date was typed.
      await expect(card).toContainText('02.04.1991');
      await expect(field(l.iin).locator('dd')).toHaveText('910402450018');
      await expect(field(l.phone).locator('dd')).toHaveText('+7 701 555 01 42');
      await expect(field(l.address).locator('dd')).toHaveText('Абай даңғылы 150, 37');
      await expect(field(l.safeTimes).locator('dd')).toHaveText('10:00–12:00');
      await expect(field(l.safeChannel).locator('dd')).toHaveText(l.viaCrisisCentre);
      await expect(field(l.language).locator('dd')).toHaveText(l.kazakh);
      await expect(field(l.interpreter).locator('dd')).toHaveText(l.yes);
      await expect(field(l.notes).locator('dd')).toHaveText(
        'Сестра — Жанар, звонить только ей.\nНе оставлять сообщений.',
      );
      // Contacts are marked sensitive; notes and names are not.
      for (const label of [l.iin, l.phone, l.address, l.safeTimes, l.safeChannel])
        await expect(field(label)).toContainText(l.sensitive);
      await expect(field(l.notes)).not.toContainText(l.sensitive);
    });

    test(`${lang}: invisible control characters are refused on the form, and a stored name with U+202E reads in order`, async ({
      launch,
    }) => {
      // A name stored by an installation from before forms refused such characters (and before
      // staff accounts, whose first sign-in encrypts it with everything else).
      const app = await launch({ settings: officeSettings(lang), passphrase: null });
      const { page } = app;
      await page.locator('html[data-app-state="account"]').waitFor();
      await storeOlderCase(page, 'POL-2025-0999', 'Айгерим \u202EилактйеС');
      await createFirstAdministrator(app);
      await openNewCase(page, l);
      await personRow(page, 0).getByLabel(l.name, { exact: true }).fill('Айгерим\u202EСейткали');
      await personRow(page, 0).getByLabel(l.notes).fill('Сестра\u0000');
      await personRow(page, 1).getByLabel(l.name, { exact: true }).fill('Ерлан Сейткали');
      await page.getByRole('button', { name: l.create }).click();
      await expect(personRow(page, 0).getByText(l.invisibleName)).toBeVisible();
      // NUL is refused with a message, and kept in the field rather than dropped.
      await expect(personRow(page, 0).getByText(l.invisibleNul)).toBeVisible();
      await expect(personRow(page, 0).getByLabel(l.notes)).toHaveValue('Сестра\u0000');

      await page.getByRole('navigation').getByRole('link', { name: l.cases }).click();
      const cell = page.getByRole('row').filter({ hasText: 'POL-2025-0999' }).locator('.col-victim');
      // The override is shown as a mark and does not act: the letters keep their stored order.
      await expect(cell).toHaveText('Айгерим ⟨U+202E⟩илактйеС');
      expect(await cell.evaluate((el) => el.textContent?.includes('\u202E'))).toBe(false);
      await cell.click();
      await expect(page.locator('.case-title .victim')).toHaveText('Айгерим ⟨U+202E⟩илактйеС');
      await expect(page.locator('.case-title .victim bdi, bdi.victim')).toHaveCount(1);
      const card = await personCard(page, 'Айгерим');
      await expect(card.locator('h3')).toContainText('Айгерим ⟨U+202E⟩илактйеС');
    });
  });
}

test('ru: a form with many people keeps what was typed in rows scrolled away, and shows the first problem', async ({
  launch,
}) => {
  const l = LANGUAGES.ru;
  const { page } = await launch({ settings: officeSettings('ru') });
  await openNewCase(page, l);
  await fillCouple(page, l, 'Елена Ковалёва', 'Сергей Ковалёв');
  const add = page.getByRole('button', { name: 'Добавить участника' });
  for (let i = 3; i <= 40; i++) {
    await add.click();
    // A new person's name takes the focus: typing goes straight into it.
    await page.keyboard.type(`Ребёнок ${i}`);
  }
  // Only the people near the screen are in the page.
  expect(await page.locator('fieldset.person').count()).toBeLessThan(15);
  const group = (n: number) => page.getByRole('group', { name: `Ребёнок ${n}`, exact: true });
  await expect(group(40).getByLabel(l.name, { exact: true })).toHaveValue('Ребёнок 40');
  // The third person, far above: scrolled back into view, still as typed; then a slip is made.
  await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
  await expect(group(3).getByLabel(l.name, { exact: true })).toHaveValue('Ребёнок 3');
  await group(3).getByLabel(l.name, { exact: true }).fill('Ребёнок\u202E3');
  await page.locator('main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.getByRole('button', { name: l.create }).click();
  await expect(page.getByText('Проверьте поля: пояснения рядом с ними.')).toBeVisible();
  await expect(group(3).getByText(/невидимый символ \(U\+202E\)/)).toBeInViewport();
  await expect(group(3).getByLabel(l.name, { exact: true })).toHaveValue('Ребёнок\u202E3');
});
