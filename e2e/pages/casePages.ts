import { expect, type Page } from '@playwright/test';

/** Labels the case specs use, per language, exactly as a user reads them. */
export type CaseLabels = {
  newCase: string;
  role: string;
  name: string;
  addPerson: string;
  createCase: string;
  roles: { victim: string; harmCauser: string; child: string };
  addEntry: string;
  kind: string;
  narrative: string;
  saveEntry: string;
  sourceAgency: string;
};

export const EN: CaseLabels = {
  newCase: 'New case',
  role: 'Role',
  name: 'Full name',
  addPerson: 'Add a person',
  createCase: 'Create case',
  roles: { victim: 'Victim / survivor', harmCauser: 'Person who caused harm', child: 'Child' },
  addEntry: 'Add entry',
  kind: 'Kind of entry',
  narrative: 'What happened',
  saveEntry: 'Save entry',
  sourceAgency: 'Received from another agency',
};

/** Creates a case with the given people from the cases page; ends on the new case's page. */
export async function createCase(
  page: Page,
  l: CaseLabels,
  people: readonly { role: keyof CaseLabels['roles']; name: string }[],
): Promise<void> {
  await page.getByRole('button', { name: l.newCase }).first().click();
  const fieldsets = page.locator('fieldset.person');
  for (let i = 0; i < people.length; i++) {
    if (i >= 2) await page.getByRole('button', { name: l.addPerson }).click();
    const fs = fieldsets.nth(i);
    await fs.getByLabel(l.role).selectOption({ label: l.roles[people[i]!.role] });
    await fs.getByLabel(l.name).fill(people[i]!.name);
  }
  await page.getByRole('button', { name: l.createCase }).click();
  await expect(page.locator('.case-title h1')).toBeVisible();
}

/** Opens the new-entry dialog with Ctrl+E, picks a kind and fills the narrative. */
export async function startEntry(page: Page, l: CaseLabels, kindLabel: string, narrative: string) {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(l.kind).selectOption({ label: kindLabel });
  await dialog.getByLabel(l.narrative).fill(narrative);
  return dialog;
}

/** The timeline card of the entry whose narrative contains `text`. */
export function entryCard(page: Page, text: string) {
  return page.locator('.timeline article.entry').filter({ hasText: text });
}
