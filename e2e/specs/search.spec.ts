/**
 * Find anything (Ctrl+K), in Russian and Kazakh, keyboard only: a case is found by the name of
 * anyone on it (typed on a Russian layout too), by another name, by an IIN typed in full, and
 * by its reference; arrows choose, Enter opens, Escape closes.
 */
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { officeSettings, personRow } from '../pages/people';

const LANGUAGES = {
  ru: {
    cases: 'Дела',
    newCase: 'Новое дело',
    reference: 'Номер дела',
    create: 'Создать дело',
    name: 'ФИО',
    aliases: 'Другие имена и написания',
    iin: 'ИИН',
    title: 'Найти дело или человека',
    matchedName: 'ФИО:',
    matchedAlias: 'Другое имя:',
    matchedIin: 'ИИН:',
    none: 'Ни одно дело не подходит под запрос.',
    child: 'Ребёнок',
  },
  kk: {
    cases: 'Істер',
    newCase: 'Жаңа іс',
    reference: 'Іс нөмірі',
    create: 'Іс жасау',
    name: 'Аты-жөні',
    aliases: 'Басқа аттары мен жазылуы',
    iin: 'ЖСН',
    title: 'Істі не адамды табу',
    matchedName: 'Аты-жөні:',
    matchedAlias: 'Басқа аты:',
    matchedIin: 'ЖСН:',
    none: 'Сұрауға сәйкес іс жоқ.',
    child: 'Бала',
  },
} as const;

type Labels = (typeof LANGUAGES)[keyof typeof LANGUAGES];

const IIN = '880715350015';

/** Creates a case with a victim and a person who caused harm; returns its reference. */
async function createCase(
  page: Page,
  l: Labels,
  people: { victim: string; aliases?: string; harmCauser: string; iin?: string },
): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: l.cases }).click();
  await page.getByRole('button', { name: l.newCase }).first().click();
  await personRow(page, 0).getByLabel(l.name, { exact: true }).fill(people.victim);
  if (people.aliases) await personRow(page, 0).getByLabel(l.aliases).fill(people.aliases);
  await personRow(page, 1).getByLabel(l.name, { exact: true }).fill(people.harmCauser);
  if (people.iin) await personRow(page, 1).getByLabel(l.iin, { exact: true }).fill(people.iin);
  const reference = await page.getByLabel(l.reference).inputValue();
  await page.getByRole('button', { name: l.create }).click();
  await expect(page.locator('.case-title h1')).toHaveText(reference);
  return reference;
}

/** Ctrl+K and the query typed: returns the palette. */
async function find(page: Page, l: Labels, query: string) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: l.title });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type(query);
  return palette;
}

for (const [lang, l] of Object.entries(LANGUAGES) as ['ru' | 'kk', Labels][]) {
  test(`${lang}: Ctrl+K finds a case by a person's name, another name, IIN and reference, keyboard only`, async ({
    launch,
  }) => {
    const { page } = await launch({ settings: officeSettings(lang) });
    const first = await createCase(page, l, {
      victim: 'Гүлназ Жұмабаева',
      harmCauser: 'Нұрлан Жұмабаев',
      iin: IIN,
    });
    const second = await createCase(page, l, {
      victim: 'Елена Ковалёва',
      aliases: 'Елена Смирнова',
      harmCauser: 'Сергей Ковалёв',
    });
    // From now on, only the keyboard. The second case is open; find the first by the name of
    // the person who caused harm, typed on a Russian layout.
    let palette = await find(page, l, 'нурлан жумабаев');
    await expect(palette.getByRole('option')).toHaveCount(1);
    await expect(palette.getByRole('option').first()).toContainText(first);
    await expect(palette.getByRole('option').first()).toContainText(`${l.matchedName} Нұрлан Жұмабаев`);
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.locator('.case-title h1')).toHaveText(first);

    // Another name (a maiden name) finds the second case.
    palette = await find(page, l, 'Смирнова');
    await expect(palette.getByRole('option').first()).toContainText(`${l.matchedAlias} Елена Смирнова`);
    await page.keyboard.press('Enter');
    await expect(page.locator('.case-title h1')).toHaveText(second);

    // An IIN typed in full is found exactly, without the IIN being stored in plain text.
    palette = await find(page, l, '8807 1535 0015');
    await expect(palette.getByRole('option').first()).toContainText(`${l.matchedIin} ${IIN}`);
    await expect(palette.getByRole('option').first()).toContainText(first);
    await page.keyboard.press('Enter');
    await expect(page.locator('.case-title h1')).toHaveText(first);

    // The reference; with both listed, the arrow keys choose the second.
    palette = await find(page, l, first.slice(0, -1));
    await expect(palette.getByRole('option')).toHaveCount(2);
    await expect(palette.getByRole('option').nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(palette.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(palette.getByRole('option').nth(1)).toContainText(second);
    await page.keyboard.press('Enter');
    await expect(page.locator('.case-title h1')).toHaveText(second);

    // Nothing matches: it says so. Escape closes and changes nothing.
    palette = await find(page, l, 'Қасымова');
    await expect(palette.getByText(l.none)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();
    await expect(page.locator('.case-title h1')).toHaveText(second);
  });
}
