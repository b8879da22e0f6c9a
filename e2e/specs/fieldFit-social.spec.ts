import { test, expect } from '../fixtures';
import { benchSettings } from '../bench/settings';
import { kzDottedDate } from '../dates';
import { createCase, KK, RU } from '../pages/casePages';
import { pickKind, typeDate } from '../pages/entryForm';

/**
 * A social-protection case worker records her work: a service (its end asked for only while it
 * goes on) and a benefit granted with its amount and period; both read back on the timeline.
 */
const STORIES = [
  {
    language: 'ru',
    labels: RU,
    agency: 'Отдел занятости и социальных программ Алмалинского района',
    victim: 'Ольга Ковалёва',
    l: {
      kind: 'Вид записи',
      service: 'Социальная услуга',
      benefit: 'Пособие или социальная помощь',
      serviceType: 'Вид услуги',
      visit: 'Посещение социального работника',
      status: 'Статус',
      ongoing: 'Продолжается',
      granted: 'Назначено',
      until: 'Дата окончания',
      from: 'Дата начала',
      benefitType: 'Вид пособия или помощи',
      targeted: 'Адресная социальная помощь',
      amount: 'Сумма (тенге)',
      narrative: 'Что произошло',
      save: 'Сохранить запись',
    },
  },
  {
    language: 'kk',
    labels: KK,
    agency: 'Алмалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    victim: 'Гүлнар Әбенова',
    l: {
      kind: 'Жазба түрі',
      service: 'Әлеуметтік қызмет',
      benefit: 'Жәрдемақы немесе әлеуметтік көмек',
      serviceType: 'Қызмет түрі',
      visit: 'Әлеуметтік қызметкердің баруы',
      status: 'Мәртебесі',
      ongoing: 'Жалғасуда',
      granted: 'Тағайындалды',
      until: 'Аяқталу күні',
      from: 'Басталу күні',
      benefitType: 'Жәрдемақы немесе көмек түрі',
      targeted: 'Атаулы әлеуметтік көмек',
      amount: 'Сомасы (теңге)',
      narrative: 'Не болды',
      save: 'Жазбаны сақтау',
    },
  },
] as const;

for (const s of STORIES) {
  test(`${s.language}: social protection records a service and a benefit, and reads them on the timeline`, async ({
    launch,
  }) => {
    const settings = benchSettings();
    const app = await launch({
      settings: {
        ...settings,
        language: s.language,
        agency: { ...(settings.agency as object), name: s.agency, kind: 'social-protection' },
      },
    });
    const { page } = app;
    const { l } = s;
    await createCase(page, s.labels, [{ role: 'victim', name: s.victim }]);

    // Social protection's commonest kind is chosen when the form opens.
    await page.keyboard.press('Control+e');
    let dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('combobox', { name: l.kind })).toHaveValue(l.service);
    await dialog.getByLabel(l.serviceType).selectOption({ label: l.visit });
    await expect(dialog.getByRole('group', { name: l.until, exact: true })).toHaveCount(0);
    await dialog.getByLabel(l.status, { exact: true }).selectOption({ label: l.ongoing });
    await typeDate(dialog, l.until, kzDottedDate(30));
    await dialog.getByLabel(l.narrative).fill('Посещение на дому, продукты и одежда для детей.');
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog).toBeHidden();
    const service = page.locator('.timeline article.entry').filter({ hasText: l.service });
    await expect(service).toContainText(l.visit);
    await expect(service).toContainText(l.ongoing);
    await expect(service).toContainText(kzDottedDate(30));

    // A benefit granted: its amount and period are asked for once it is granted.
    await page.keyboard.press('Control+e');
    dialog = page.getByRole('dialog');
    await pickKind(dialog, l.kind, l.benefit);
    await dialog.getByLabel(l.benefitType).selectOption({ label: l.targeted });
    await expect(dialog.getByLabel(l.amount)).toHaveCount(0);
    await dialog.getByLabel(l.status, { exact: true }).selectOption({ label: l.granted });
    await dialog.getByLabel(l.amount).fill('45000');
    await typeDate(dialog, l.from, kzDottedDate(0));
    await typeDate(dialog, l.until, kzDottedDate(90));
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    const benefit = page.locator('.timeline article.entry').filter({ hasText: l.benefit });
    await expect(benefit).toContainText(l.targeted);
    await expect(benefit).toContainText(l.granted);
    await expect(benefit).toContainText('45\u00a0000');
    await expect(benefit).toContainText(kzDottedDate(90));
  });
}
