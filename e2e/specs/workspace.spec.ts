import { test, expect } from '../fixtures';
import { kzDottedDate } from '../dates';
import { typeDate, typeTime } from '../pages/entryForm';
import { EN, createCase, startEntry } from '../pages/casePages';
import { nav, setUpInEnglish } from '../pages/shell';

test('demo cases load from Settings and are removed exactly; a real case stays', async ({ app }) => {
  const { page } = app;
  await setUpInEnglish(app);
  await createCase(page, EN, [{ role: 'victim', name: 'Saule Bekova' }]);

  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Load demo cases' }).click();
  await expect(page.getByRole('status').filter({ hasText: '24 demo cases created.' })).toBeVisible({
    timeout: 60_000,
  });

  await nav(page).getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByText('25 cases', { exact: true })).toBeVisible();
  // Filters narrow the list; every row left is what the filter asked for.
  await page.getByLabel('Risk').selectOption({ label: 'High' });
  const rows = page.locator('.grid-body .grid-row');
  await expect(rows.first()).toBeVisible();
  for (const risk of await rows.locator('.col-risk').allTextContents()) expect(risk).toBe('High');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  // The whole name: the list also searches other names, and a demo Сәуле has the Latin spelling Saule.
  await page.getByRole('searchbox').fill('Saule Bekova');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Saule Bekova');

  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Remove demo cases' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove demo cases' });
  await expect(confirm).toContainText('Your own cases are not touched.');
  await confirm.getByRole('button', { name: 'Remove demo cases' }).click();
  await expect(page.getByRole('status').filter({ hasText: '24 demo cases removed.' })).toBeVisible();

  await nav(page).getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByText('1 case', { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Saule Bekova');
});

test('the timeline filters by kind and text, jumps to a date; today’s deadlines show in the navigation', async ({
  launch,
}) => {
  // A short window, so the oldest entry starts out of view.
  const app = await launch({ viewport: { width: 1280, height: 640 } });
  const { page } = app;
  await setUpInEnglish(app);
  await createCase(page, EN, [{ role: 'victim', name: 'Madina Akhmetova' }]);

  const add = async (kind: string, narrative: string, daysAgo: number) => {
    const dialog = await startEntry(page, EN, kind, narrative);
    await typeDate(dialog, 'Date it happened', kzDottedDate(-daysAgo));
    await typeTime(dialog, 'Time', '10:30');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
  };
  await add('Note', 'School says the boy is often absent.', 40);
  await add(EN.kinds.incident, 'Threatened her in the stairwell.', 20);
  await add('Note', 'Victim moved in with her sister.', 2);
  const entries = page.locator('.timeline article.entry');
  await expect(entries).toHaveCount(3);
  await expect(page.getByText('3 entries')).toBeVisible();

  await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: 'Note' });
  await expect(entries).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Find in the text' }).fill('sister');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Victim moved in with her sister.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(entries).toHaveCount(3);

  // Jumping to the oldest day brings its entry into view.
  await expect(page.getByText('School says the boy is often absent.')).not.toBeInViewport();
  await typeDate(page, 'Jump to date', kzDottedDate(-40));
  await expect(page.getByText('School says the boy is often absent.')).toBeInViewport();

  // An action due today is counted on the Deadlines link.
  await expect(nav(page).getByRole('link', { name: 'Deadlines' })).toHaveText('Deadlines');
  const dialog = await startEntry(page, EN, EN.kinds.actionAssigned, 'Agreed by phone.');
  await dialog.getByLabel(EN.fields.action, { exact: true }).fill('Visit the school with the inspector');
  await dialog.getByLabel(EN.fields.ownerAgency).selectOption({ label: 'Police' });
  await typeDate(dialog, EN.fields.dueOn, kzDottedDate(0));
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(nav(page).getByRole('link', { name: 'Deadlines' })).toHaveText('Deadlines1');
  await nav(page).getByRole('link', { name: 'Deadlines' }).click();
  await expect(page.locator('.deadline-group').first()).toContainText('Today');
  await expect(page.locator('.deadline-group').first()).toContainText('Visit the school with the inspector');
});
