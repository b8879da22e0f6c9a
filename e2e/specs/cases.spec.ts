import { test, expect } from '../fixtures';
import { setUpInEnglish, nav } from '../pages/shell';
import { EN, KK, RU, createCase, startEntry } from '../pages/casePages';
import { tellCaseStory } from '../scenarios/caseStory';
import { kzDottedDate, kzEnglishDate } from '../dates';
import { typeDate } from '../pages/entryForm';
import { typeDate as typeBirthDate } from '../pages/people';

const STORIES = [
  {
    language: 'English',
    labels: EN,
    text: {
      office: { agency: 'Almaly District Police', staff: 'Nurlan Zhumagaliyev' },
      people: { victim: 'Aigerim Seitkali', harmCauser: 'Yerlan Seitkali', child: 'Alikhan Seitkali' },
      report: 'Neighbours called 102: shouting and a child crying.',
      incident: 'Pushed her against the door frame.',
      sourceAgency: 'Crisis Centre Shanyrak',
      order: 'Protective order issued; he was told the conditions.',
      action: {
        narrative: 'Agreed with social protection.',
        title: 'Check the children’s living conditions',
      },
      breach: 'He came to the flat despite the order.',
      correctedIncident: 'Pushed her against the door frame; bruise on the forearm.',
      correctionReason: 'Medical examination found a bruise',
      voidReason: 'Entered on the wrong case',
    },
  },
  {
    language: 'Русский',
    labels: RU,
    text: {
      office: { agency: 'УП Алмалинского района', staff: 'Нурлан Жумагалиев' },
      people: { victim: 'Ольга Ковалёва', harmCauser: 'Игорь Ковалёв', child: 'Данияр Ковалёв' },
      report: 'Соседи позвонили в 102: крики, плачет ребёнок.',
      incident: 'Толкнул её на дверной косяк.',
      sourceAgency: 'Кризисный центр «Шанырак»',
      order: 'Вынесено защитное предписание, условия разъяснены.',
      action: { narrative: 'Согласовано с отделом соцзащиты.', title: 'Проверить условия проживания детей' },
      breach: 'Пришёл в квартиру, несмотря на предписание.',
      correctedIncident: 'Толкнул её на дверной косяк; синяк на предплечье.',
      correctionReason: 'Медосмотр выявил синяк',
      voidReason: 'Внесено не в то дело',
    },
  },
  {
    language: 'Қазақша',
    labels: KK,
    text: {
      office: { agency: 'Алмалы аудандық полиция басқармасы', staff: 'Нұрлан Жұмағалиев' },
      people: { victim: 'Гүлнар Әбенова', harmCauser: 'Серік Әбенов', child: 'Әлихан Әбенов' },
      report: 'Көршілер 102-ге қоңырау шалды: айқай, бала жылап жатыр.',
      incident: 'Оны есік жақтауына итеріп жіберді.',
      sourceAgency: '«Шаңырақ» дағдарыс орталығы',
      order: 'Қорғау нұсқамасы берілді, шарттары түсіндірілді.',
      action: {
        narrative: 'Әлеуметтік қорғау бөлімімен келісілді.',
        title: 'Балалардың тұрмыс жағдайын тексеру',
      },
      breach: 'Нұсқамаға қарамастан пәтерге келді.',
      correctedIncident: 'Оны есік жақтауына итеріп жіберді; білегінде көгеру бар.',
      correctionReason: 'Медициналық тексеру көгеруді анықтады',
      voidReason: 'Басқа іске қате енгізілді',
    },
  },
] as const;

for (const story of STORIES) {
  test(`${story.language}: a case from first report to risk trend, with correction, void, measures and deadlines`, async ({
    app,
  }) => {
    await tellCaseStory(app, story.language, story.labels, story.text);
  });
}

test('the protective order shows its last day as the calendar date it ends', async ({ app }) => {
  const { page } = app;
  await setUpInEnglish(app);
  await createCase(page, EN, [
    { role: 'victim', name: 'Saule Bekova' },
    { role: 'harmCauser', name: 'Marat Bekov' },
  ]);
  const dialog = await startEntry(page, EN, EN.kinds.orderIssued, 'Protective order issued.');
  await typeDate(dialog, EN.occurredDate, kzDottedDate(-10));
  await dialog.getByRole('button', { name: EN.saveEntry }).click();
  const measures = page.locator('.glance section').filter({ hasText: EN.glance.measures });
  await expect(measures).toContainText(`until ${kzEnglishDate(19)}`);
});

test('the new case form explains what is wrong and keeps what was typed', async ({ app }) => {
  const { page } = app;
  await setUpInEnglish(app);
  await page.getByRole('button', { name: 'New case' }).first().click();
  await page.locator('fieldset.person').nth(0).getByLabel('Role').selectOption({ label: 'Witness' });
  // A phone without a name is a person half-entered: the form asks for the name.
  await page.locator('fieldset.person').nth(0).getByLabel('Phone').fill('+7 701 000 00 00');
  await page.locator('fieldset.person').nth(1).getByLabel('Full name').fill('Ruslan Omarov');
  await typeBirthDate(
    page.locator('fieldset.person').nth(1).getByRole('group', { name: 'Date of birth' }),
    '2099-01-01',
  );
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
