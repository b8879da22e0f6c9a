/**
 * The sharing screenshots for docs/screenshots (run by e2e/screenshots.ts), in Russian: the
 * partner directory, the send preview and the receive preview, made by two offices — a police
 * office with the demo workspace and a crisis centre — exchanging partner cards and a bundle.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp, type RunningApp } from './harness';
import { benchSettings } from './bench/settings';
import { dismissBackupReminder, goInApp } from './pages/shell';

const viewport = { width: 1440, height: 900 };
const PASS = 'весна-алатау-2026';

function crisisSettings(): Record<string, unknown> {
  return {
    ...benchSettings(),
    agency: {
      id: '01900000-0000-7000-8000-000000000002',
      name: 'Кризисный центр «Шаңырақ»',
      kind: 'crisis-centre',
      region: 'Алматы',
    },
    staffName: 'Дана Омарова',
  };
}

async function saveCard(app: RunningApp, path: string): Promise<void> {
  const { page } = app;
  await goInApp(page, 'https://caseline.test/index.html#/settings');
  await page.getByRole('button', { name: 'Сохранить карточку этого ведомства…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Телефон').fill('+7 727 000 00 00');
  await app.dialogs.nextSave(path);
  await dialog.getByRole('button', { name: 'Сохранить карточку…' }).click();
  await dialog.getByRole('status').waitFor();
  await dialog.getByRole('button', { name: 'Закрыть' }).click();
}

async function addCard(app: RunningApp, path: string, agency: string): Promise<void> {
  const { page } = app;
  await goInApp(page, 'https://caseline.test/index.html#/settings');
  await app.dialogs.nextOpen(path);
  await page.getByRole('button', { name: 'Добавить партнёра из карточки…' }).click();
  await page.getByRole('button', { name: `Отпечатки совпадают: доверять «${agency}»` }).click();
  await page.getByText(`«${agency}» теперь партнёр.`).waitFor();
}

async function loadDemo(page: Page): Promise<void> {
  await goInApp(page, 'https://caseline.test/index.html#/settings');
  await page.getByRole('button', { name: 'Загрузить демо-дела' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /создано|создан/ })
    .waitFor({ timeout: 120_000 });
}

/** Writes sharing-partners.png, sharing-send.png and sharing-receive.png to `out`. */
export async function sharingScreenshots(out: string): Promise<void> {
  const police = await launchApp({
    viewport,
    settings: { ...benchSettings(), staffName: 'Айгерим Сейткали' },
  });
  await dismissBackupReminder(police.page);
  const crisis = await launchApp({ viewport, settings: crisisSettings() });
  await dismissBackupReminder(crisis.page);
  try {
    const file = (name: string) => join(police.dataDir, name);
    await saveCard(police, file('police.caseline-partner'));
    await saveCard(crisis, file('crisis.caseline-partner'));
    await addCard(crisis, file('police.caseline-partner'), 'УП Алмалинского района');
    await addCard(police, file('crisis.caseline-partner'), 'Кризисный центр «Шаңырақ»');

    const page = police.page;
    const partners = page.locator('section.partners');
    await partners.scrollIntoViewIfNeeded();
    await partners.screenshot({ path: `${out}/sharing-partners.png` });

    await loadDemo(page);
    await goInApp(page, 'https://caseline.test/index.html#/cases');
    await page.locator('.grid-body .grid-row').nth(2).click();
    await page.locator('.timeline .entry').first().waitFor();
    await page.getByRole('button', { name: 'Записать согласие…' }).click();
    const consent = page.getByRole('dialog', { name: 'Записать согласие на передачу' });
    await consent.getByLabel('Ведомство-партнёр').selectOption({ label: 'Кризисный центр «Шаңырақ»' });
    await consent.getByLabel('На что лицо дало согласие').fill('Подписала согласие на беседе 12 марта.');
    await consent.getByRole('button', { name: 'Записать согласие' }).click();
    await consent.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Отправить…' }).click();
    const send = page.getByRole('dialog', { name: 'Отправить дело партнёрам' });
    await send.getByRole('checkbox', { name: /Кризисный центр/ }).check();
    await send.getByLabel('Примечание для получателей').fill('К заседанию межведомственной группы 14 марта');
    await send.getByLabel('Парольная фраза', { exact: true }).fill(PASS);
    await send.getByLabel('Парольная фраза ещё раз').fill(PASS);
    await send.getByTestId('send-included').waitFor();
    await send.screenshot({ path: `${out}/sharing-send.png` });
    await police.dialogs.nextSave(file('to-crisis.caseline'));
    await send.getByRole('button', { name: 'Сохранить пакет…' }).click();
    await send.getByRole('status').waitFor();

    const c = crisis.page;
    await c.goto('https://caseline.test/index.html#/exchange');
    await crisis.dialogs.nextOpen(file('to-crisis.caseline'));
    await c.getByRole('button', { name: 'Принять пакет…' }).first().click();
    await c.getByLabel('Парольная фраза').fill(PASS);
    await c.getByRole('button', { name: 'Открыть', exact: true }).click();
    await c.getByRole('button', { name: /^Принять \d+ запис/ }).waitFor({ timeout: 60_000 });
    await c.screenshot({ path: `${out}/sharing-receive.png`, fullPage: true });
  } finally {
    await police.close();
    await crisis.close();
  }
}
