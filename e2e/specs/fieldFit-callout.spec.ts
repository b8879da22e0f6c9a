import { test, expect } from '../fixtures';
import { benchSettings } from '../bench/settings';

/**
 * A district inspector records a police call-out on a new case with the keyboard alone, in at
 * most three screens: the new-case form, the case, the entry form. The app's time for it is
 * printed. Labels are written out as a user reads them, so a wrong translation fails the test.
 */
const STORIES = [
  {
    language: 'ru',
    agency: 'УП Алмалинского района',
    staff: 'Нурлан Жумагалиев',
    victim: 'Ольга Ковалёва',
    narrative: 'Соседи вызвали 102: крики в квартире. На месте разговор с пострадавшей, составлен рапорт.',
    l: {
      newCase: 'Новое дело',
      caseTitle: 'POL-',
      addEntry: 'Добавить запись',
      dialog: 'Новая запись',
      kind: 'Вид записи',
      callout: 'Выезд полиции или посещение на дому',
      date: 'Дата события',
      time: 'Время',
      visitType: 'Вид посещения',
      victimSeen: 'С пострадавшим лицом говорили на месте',
      harmPresent: 'Лицо, причинившее вред, на месте',
      narrative: 'Что произошло',
      saved: 'Записано: Выезд полиции или посещение на дому.',
      lastContact: 'Последний контакт с пострадавшим лицом',
    },
  },
  {
    language: 'kk',
    agency: 'Алмалы аудандық полиция басқармасы',
    staff: 'Нұрлан Жұмағалиев',
    victim: 'Гүлнар Әбенова',
    narrative: 'Көршілер 102-ге хабарласты: пәтерде айқай. Орнында зардап шеккен адаммен сөйлесті.',
    l: {
      newCase: 'Жаңа іс',
      caseTitle: 'POL-',
      addEntry: 'Жазба қосу',
      dialog: 'Жаңа жазба',
      kind: 'Жазба түрі',
      callout: 'Полицияның оқиға орнына шығуы немесе үйге баруы',
      date: 'Оқиға күні',
      time: 'Уақыты',
      visitType: 'Бару түрі',
      victimSeen: 'Зардап шеккен адаммен орнында сөйлесті',
      harmPresent: 'Зиян келтірген адам орнында болды',
      narrative: 'Не болды',
      saved: 'Жазылды: Полицияның оқиға орнына шығуы немесе үйге баруы.',
      lastContact: 'Зардап шеккен адаммен соңғы байланыс',
    },
  },
] as const;

for (const s of STORIES) {
  test(`${s.language}: a police call-out on a new case, keyboard only, in three screens`, async ({
    launch,
  }) => {
    const app = await launch({
      settings: {
        ...benchSettings(),
        language: s.language,
        staffName: s.staff,
        agency: { ...(benchSettings().agency as object), name: s.agency },
      },
    });
    const { page } = app;
    const { l } = s;
    const screens: string[] = [];
    const screen = (name: string) => screens.push(name);
    const focused = page.locator(':focus');
    const started = Date.now();

    // Screen 1: the new-case form; the victim's name takes the first keystrokes.
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('heading', { name: l.newCase })).toBeVisible();
    screen('new case');
    await expect(focused).toBeEditable();
    await page.keyboard.type(s.victim);
    await page.keyboard.press('Enter');

    // Screen 2: the case, with "Add entry" focused: Enter opens the form.
    await expect(page.locator('.case-title h1')).toContainText(l.caseTitle);
    screen('case');
    await expect(page.getByRole('button', { name: l.addEntry })).toBeFocused();
    await page.keyboard.press('Enter');

    // Screen 3: the entry form, the police call-out already chosen, date and time now.
    const dialog = page.getByRole('dialog', { name: l.dialog });
    await expect(dialog).toBeVisible();
    screen('entry form');
    const kind = dialog.getByRole('combobox', { name: l.kind });
    await expect(kind).toBeFocused();
    await expect(kind).toHaveValue(l.callout);
    // Date and time: one Tab stop each.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('group', { name: l.date, exact: true }).locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('group', { name: l.time, exact: true }).locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel(l.visitType)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel(l.victimSeen)).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel(l.harmPresent)).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel(l.narrative)).toBeFocused();
    await page.keyboard.type(s.narrative);
    await page.keyboard.press('Control+Enter');

    await expect(dialog).toBeHidden();
    const card = page.locator('.timeline article.entry').filter({ hasText: s.narrative });
    await expect(card).toContainText(l.callout);
    await expect(page.getByRole('status').filter({ hasText: l.saved })).toBeVisible();
    const tookMs = Date.now() - started;

    // The victim was seen: the call-out is the last contact with her.
    await expect(page.locator('.glance section').filter({ hasText: l.lastContact })).toContainText(l.callout);
    // Focus is back on "Add entry", for the next entry.
    await expect(page.getByRole('button', { name: l.addEntry })).toBeFocused();
    expect(screens).toEqual(['new case', 'case', 'entry form']);

    const seconds = (tookMs / 1000).toFixed(1);
    test.info().annotations.push({ type: 'call-out time', description: `${seconds} s (${s.language})` });
    process.stdout.write(`keyboard-only call-out on a new case (${s.language}): ${seconds} s, 3 screens\n`);
  });
}
