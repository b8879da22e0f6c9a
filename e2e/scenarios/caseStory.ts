import { expect } from '@playwright/test';
import type { RunningApp } from '../harness';
import { kzDottedDate } from '../dates';
import { typeDate } from '../pages/entryForm';
import { createCase, entryCard, startEntry, type CaseLabels } from '../pages/casePages';
import { nav, setUp, type Language } from '../pages/shell';

/** What the officer types in the story, in the language the story is told in. */
export type StoryText = {
  office: { agency: string; staff: string };
  people: { victim: string; harmCauser: string; child: string };
  report: string;
  incident: string;
  sourceAgency: string;
  order: string;
  action: { narrative: string; title: string };
  breach: string;
  correctedIncident: string;
  correctionReason: string;
  voidReason: string;
};

/**
 * One case from first report to risk trend: three persons; a report saved with Ctrl+Enter; an
 * incident recorded on another agency's information; a protective order; an action due in three
 * days; a breach; a correction with its history; a void; two risk assessments; then the cases
 * list and the deadlines page. Ends on the case page reached from the deadlines page.
 */
export async function tellCaseStory(
  app: RunningApp,
  language: Language,
  l: CaseLabels,
  s: StoryText,
): Promise<void> {
  const { page } = app;
  await setUp(app, language, s.office);

  await createCase(page, l, [
    { role: 'victim', name: s.people.victim },
    { role: 'harmCauser', name: s.people.harmCauser },
    { role: 'child', name: s.people.child },
  ]);
  await expect(page.locator('.case-title')).toContainText(s.people.victim);
  await expect(page.locator('.persons-line')).toContainText(`${l.roles.harmCauser}: ${s.people.harmCauser}`);
  await expect(page.locator('.persons-line')).toContainText(`${l.roles.child}: ${s.people.child}`);
  await expect(page.getByText(l.emptyTimeline)).toBeVisible();

  // A report, saved with Ctrl+Enter.
  let dialog = await startEntry(page, l, l.kinds.report, s.report);
  await dialog.getByLabel(l.fields.channel).selectOption({ label: l.fields.phone102 });
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(entryCard(page, s.report)).toContainText(l.kinds.report);

  // An incident recorded on information from another agency, which the entry names.
  dialog = await startEntry(page, l, l.kinds.incident, s.incident);
  await dialog.getByLabel(l.fields.physical).check();
  await dialog.getByLabel(l.sourceAgency).fill(s.sourceAgency);
  await dialog.getByRole('button', { name: l.saveEntry }).click();
  const incident = entryCard(page, s.incident);
  await expect(incident).toContainText(l.fromAgency(s.sourceAgency));

  // A protective order issued ten days ago. Its 30 days count the day of issue as day 1, so it
  // is in force today and 19 more days. It starts on the day it was issued: the start follows
  // the date typed for the entry.
  dialog = await startEntry(page, l, l.kinds.orderIssued, s.order);
  await typeDate(dialog, l.occurredDate, kzDottedDate(-10));
  await expect(dialog.getByRole('group', { name: l.fields.startsOn })).toContainText(
    kzDottedDate(-10).slice(0, 2),
  );
  await dialog.getByLabel(l.fields.orderNumber).fill('ZP-1042');
  await dialog.getByRole('button', { name: l.saveEntry }).click();
  const measures = page.locator('.glance section').filter({ hasText: l.glance.measures });
  await expect(measures).toContainText(l.protectiveOrder);
  await expect(measures).toContainText(l.active);
  await expect(measures).toContainText(l.daysLeft19);

  // An action due in three days.
  dialog = await startEntry(page, l, l.kinds.actionAssigned, s.action.narrative);
  await dialog.getByLabel(l.fields.action, { exact: true }).fill(s.action.title);
  await dialog.getByLabel(l.fields.ownerAgency).selectOption({ label: l.fields.socialProtection });
  await typeDate(dialog, l.fields.dueOn, kzDottedDate(3));
  await dialog.getByRole('button', { name: l.saveEntry }).click();
  await expect(page.locator('.glance section').filter({ hasText: l.glance.actions })).toContainText(
    s.action.title,
  );

  // A breach makes the order breached.
  dialog = await startEntry(page, l, l.kinds.orderBreached, s.breach);
  await dialog.getByLabel(l.fields.measure).selectOption({ index: 1 });
  await dialog.getByRole('button', { name: l.saveEntry }).click();
  await expect(measures).toContainText(l.breached);
  await expect(measures).toContainText(l.oneBreach);

  // Correct the incident: the timeline shows the new version, marked, with its history.
  await incident.getByRole('button', { name: l.correct }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(l.fields.injuries).check();
  await dialog.getByLabel(l.narrative).fill(s.correctedIncident);
  await dialog.getByLabel(l.fields.reason).fill(s.correctionReason);
  await dialog.getByRole('button', { name: l.saveEntry }).click();
  const corrected = entryCard(page, s.correctedIncident);
  await expect(corrected).toContainText(l.correctedBecause(s.correctionReason));
  await expect(page.locator('.timeline article.entry')).toHaveCount(5);
  await corrected.getByRole('button', { name: l.history(1) }).click();
  await expect(corrected.locator('.entry-history')).toContainText(s.incident);

  // Void the report: it stays, marked, with the reason, and can no longer be corrected.
  await entryCard(page, s.report).getByRole('button', { name: l.void }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(l.fields.reason).fill(s.voidReason);
  await dialog.getByRole('button', { name: l.void }).click();
  const voided = entryCard(page, s.report);
  await expect(voided).toContainText(l.voided);
  await expect(voided).toContainText(l.voidedBecause(s.voidReason));
  await expect(voided.getByRole('button', { name: l.correct })).toHaveCount(0);

  // Two risk assessments: the header shows the latest level and a trend of two points.
  await page.getByRole('button', { name: l.assessRisk }).click();
  dialog = page.getByRole('dialog');
  for (const group of await dialog.locator('.risk-factors li').all())
    await group.getByLabel(l.no, { exact: true }).check();
  await dialog.getByRole('button', { name: l.saveAssessment }).click();
  await expect(page.locator('.glance .risk-now .risk')).toHaveText(l.levels.standard);
  await page.getByRole('button', { name: l.assessRisk }).click();
  dialog = page.getByRole('dialog');
  for (const group of await dialog.locator('.risk-factors li').all())
    await group.getByLabel(l.yes, { exact: true }).check();
  await expect(dialog.locator('.risk-result')).toContainText(l.levels.high);
  await dialog.getByRole('button', { name: l.saveAssessment }).click();
  await expect(page.locator('.glance .risk-now .risk')).toHaveText(l.levels.high);
  await expect(page.locator('.risk-trend .risk-point')).toHaveCount(2);

  // The cases list shows the case with its risk and measures; the deadlines page shows the action.
  await nav(page).getByRole('link', { name: l.nav.cases }).click();
  const row = page.getByRole('row').filter({ hasText: s.people.victim });
  await expect(row).toContainText(l.levels.high);
  await expect(row.locator('.col-measures')).toHaveText('1');
  await nav(page).getByRole('link', { name: l.nav.deadlines }).click();
  await expect(page.locator('.deadline-group').filter({ hasText: s.action.title })).toContainText(
    l.actionDue,
  );
  await page.getByRole('link', { name: s.action.title }).click();
  await expect(page.locator('.case-title')).toContainText(s.people.victim);
}
