import { test, expect } from '../fixtures';
import { setUpInEnglish, nav } from '../pages/shell';
import { EN, createCase, entryCard, startEntry } from '../pages/casePages';
import { kzDate, kzLongDate } from '../dates';

test('a case from first report to risk trend: entries, correction, void, measures and deadlines', async ({
  app,
}) => {
  const { page } = app;
  await setUpInEnglish(app, { agency: 'Almaly District Police', staff: 'Nurlan Zhumagaliyev' });
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();

  await createCase(page, EN, [
    { role: 'victim', name: 'Aigerim Seitkali' },
    { role: 'harmCauser', name: 'Yerlan Seitkali' },
    { role: 'child', name: 'Alikhan Seitkali' },
  ]);
  await expect(page.locator('.case-title')).toContainText('Aigerim Seitkali');
  await expect(page.locator('.persons-line')).toContainText('Person who caused harm: Yerlan Seitkali');
  await expect(page.locator('.persons-line')).toContainText('Child: Alikhan Seitkali');
  await expect(page.getByText('Nothing on this timeline yet.')).toBeVisible();

  // A report, saved with Ctrl+Enter.
  let dialog = await startEntry(
    page,
    EN,
    'Report received',
    'Neighbours called 102: shouting and a child crying.',
  );
  await dialog.getByLabel('How it was received').selectOption({ label: 'Phone (102)' });
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(entryCard(page, 'Neighbours called 102')).toContainText('Report received');

  // An incident recorded on information from the crisis centre, which the entry names.
  dialog = await startEntry(page, EN, 'Incident', 'Pushed her against the door frame.');
  await dialog.getByLabel('Physical').check();
  await dialog.getByLabel(EN.sourceAgency).fill('Crisis Centre Shanyrak');
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  const incident = entryCard(page, 'Pushed her against the door frame.');
  await expect(incident).toContainText('Information from Crisis Centre Shanyrak');

  // A protective order issued ten days ago is active. Its 30 days count the day of issue as day 1,
  // so it is in force today and 19 more days.
  dialog = await startEntry(
    page,
    EN,
    'Protective measure issued',
    'Protective order issued; he was told the conditions.',
  );
  await dialog.getByLabel('In force from').fill(kzDate(-10));
  await dialog.getByLabel('Number').fill('ZP-1042');
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  const measures = page.locator('.glance section').filter({ hasText: 'Active measures' });
  await expect(measures).toContainText('Protective order');
  await expect(measures).toContainText('Active');
  await expect(measures).toContainText(`until ${kzLongDate(19)}`);
  await expect(measures).toContainText('19 days left');

  // An action due in three days appears on the deadlines page.
  dialog = await startEntry(page, EN, 'Action assigned', 'Agreed with social protection.');
  await dialog.getByLabel('Action').fill('Check the children’s living conditions');
  await dialog.getByLabel('Responsible agency').selectOption({ label: 'Social protection' });
  await dialog.getByLabel('Due on').fill(kzDate(3));
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(page.locator('.glance section').filter({ hasText: 'Open actions' })).toContainText(
    'Check the children’s living conditions',
  );

  // A breach makes the order breached.
  dialog = await startEntry(
    page,
    EN,
    'Protective measure breached',
    'He came to the flat despite the order.',
  );
  await dialog.getByLabel('Measure').selectOption({ index: 1 });
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  await expect(measures).toContainText('Breached');
  await expect(measures).toContainText('1 breach');

  // Correct the incident: the timeline shows the new version, marked, with its history.
  await incident.getByRole('button', { name: 'Correct' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Injuries').check();
  await dialog.getByLabel(EN.narrative).fill('Pushed her against the door frame; bruise on the forearm.');
  await dialog.getByLabel('Reason').fill('Medical examination found a bruise');
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  const corrected = entryCard(page, 'bruise on the forearm');
  await expect(corrected).toContainText('Corrected');
  await expect(corrected).toContainText('Corrected: Medical examination found a bruise');
  await expect(page.locator('.timeline article.entry')).toHaveCount(5);
  await corrected.getByRole('button', { name: 'History (1)' }).click();
  await expect(corrected.locator('.entry-history')).toContainText('Pushed her against the door frame.');

  // Void the report: it stays, struck through, with the reason.
  await entryCard(page, 'Neighbours called 102').getByRole('button', { name: 'Void' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Entered on the wrong case');
  await dialog.getByRole('button', { name: 'Void' }).click();
  const voided = entryCard(page, 'Neighbours called 102');
  await expect(voided).toContainText('Voided');
  await expect(voided).toContainText('Entered in error: Entered on the wrong case');
  await expect(voided.getByRole('button', { name: 'Correct' })).toHaveCount(0);

  // Two risk assessments: the header shows the latest level and a trend of two points.
  await page.getByRole('button', { name: 'Assess risk' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.locator('.glance .risk-now .risk')).toHaveText('Standard');
  await page.getByRole('button', { name: 'Assess risk' }).click();
  dialog = page.getByRole('dialog');
  for (const group of await dialog.locator('.risk-factors li').all()) await group.getByLabel('Yes').check();
  await expect(dialog.locator('.risk-result')).toContainText('High');
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.locator('.glance .risk-now .risk')).toHaveText('High');
  await expect(page.locator('.risk-trend circle')).toHaveCount(2);

  // The cases list shows the case with its risk and measures; the deadlines page shows the action.
  await nav(page).getByRole('link', { name: 'Cases' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Aigerim Seitkali' });
  await expect(row).toContainText('High');
  await expect(row.locator('.col-measures')).toHaveText('1');
  await nav(page).getByRole('link', { name: 'Deadlines' }).click();
  await expect(
    page.locator('.deadline-group').filter({ hasText: 'Check the children’s living conditions' }),
  ).toContainText('Action due');
  await page.getByRole('link', { name: /Check the children’s living conditions/ }).click();
  await expect(page.locator('.case-title')).toContainText('Aigerim Seitkali');
});

test('the new case form explains what is wrong and keeps what was typed', async ({ app }) => {
  const { page } = app;
  await setUpInEnglish(app);
  await page.getByRole('button', { name: 'New case' }).first().click();
  await page.locator('fieldset.person').nth(0).getByLabel('Role').selectOption({ label: 'Witness' });
  // A phone without a name is a person half-entered: the form asks for the name.
  await page.locator('fieldset.person').nth(0).getByLabel('Phone').fill('+7 701 000 00 00');
  await page.locator('fieldset.person').nth(1).getByLabel('Full name').fill('Ruslan Omarov');
  await page.locator('fieldset.person').nth(1).getByLabel('Date of birth').fill('2099-01-01');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByText('A case needs the victim or survivor.')).toBeVisible();
  await expect(page.getByText('Enter the person’s name.')).toBeVisible();
  await expect(page.getByText('Enter a real date in the past, or leave it empty.')).toBeVisible();
  await expect(page.locator('fieldset.person').nth(1).getByLabel('Full name')).toHaveValue('Ruslan Omarov');
});

test('a reference already in use is refused and nothing is saved twice', async ({ app }) => {
  const { page } = app;
  await setUpInEnglish(app);
  await createCase(page, EN, [{ role: 'victim', name: 'Dana Omarova' }]);
  const reference = await page.locator('.case-title h1').textContent();
  await nav(page).getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByLabel('Reference').fill(reference ?? '');
  await page.locator('fieldset.person').nth(0).getByLabel('Full name').fill('Madina Akhmetova');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByText('Another case already has this reference.')).toBeVisible();
  await nav(page).getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByText('1 case', { exact: true })).toBeVisible();
});
