import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Types a date into a date field (a group of day, month and year segments) as a user does:
 * focus the first segment, type the digits; the field moves on by itself. `iso` is yyyy-mm-dd.
 */
export async function typeDate(group: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await group.getByRole('spinbutton').first().click();
  await group.page().keyboard.type(`${d}${m}${y}`);
}

/** The new-case form's person row `index` (0 is the first). */
export function personRow(page: Page, index: number): Locator {
  return page.locator('fieldset.person').nth(index);
}

/** Opens the people panel on a case page (closed by default) and returns the card of `name`. */
export async function personCard(page: Page, name: string): Promise<Locator> {
  const panel = page.locator('details.people-panel');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  const card = panel.locator('.person-card').filter({ hasText: name });
  await expect(card).toBeVisible();
  return card;
}
