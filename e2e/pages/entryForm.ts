import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The entry form and the date and time fields as a user works them: the kind picker is a combo
 * box (type, then choose), a date is typed digit by digit into its day, month and year, a time
 * into its hours and minutes.
 */

/** Chooses a kind of entry by typing its name into the picker and choosing it from the list. */
export async function pickKind(dialog: Locator, label: string, kindName: string): Promise<void> {
  const box = dialog.getByRole('combobox', { name: label });
  // Already chosen (the agency's commonest kind, or a kind filled in for the user).
  if ((await box.inputValue()) === kindName) return;
  await box.fill(kindName);
  await dialog.page().getByRole('option', { name: kindName, exact: true }).click();
  await expect(box).toHaveValue(kindName);
}

/** A date or time field: the group of segments named by its label. */
export function dateField(scope: Locator | Page, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

/** Types a date as a user does: 'dd.mm.yyyy' digits into the field's first segment onward. */
export async function typeDate(scope: Locator | Page, label: string, ddmmyyyy: string): Promise<void> {
  const field = dateField(scope, label);
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(ddmmyyyy.replace(/\D/g, ''));
  await expect(field).toContainText(ddmmyyyy.slice(0, 2));
}

/** Types a 24-hour time 'HH:mm' into a time field. */
export async function typeTime(scope: Locator | Page, label: string, hhmm: string): Promise<void> {
  const field = dateField(scope, label);
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(hhmm.replace(/\D/g, ''));
}

/** What a date or time field shows, segments joined: '28.02.2024', '23:30'. */
export async function fieldText(scope: Locator | Page, label: string): Promise<string> {
  return ((await dateField(scope, label).textContent()) ?? '').replace(/[\u2066-\u2069\s]/g, '');
}

/**
 * Pastes text into a field as the clipboard would: a paste event carrying the text, which the
 * app may handle itself; if it does not, the browser's own insertion follows, as after Ctrl+V.
 */
export async function pasteText(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (el.dispatchEvent(event)) document.execCommand('insertText', false, t);
  }, text);
}

/** Chooses a kind with the keyboard alone: the first letters of its name, then Enter. */
export async function typeKind(
  dialog: Locator,
  label: string,
  letters: string,
  kindName: string,
): Promise<void> {
  const box = dialog.getByRole('combobox', { name: label });
  await box.focus();
  await dialog.page().keyboard.type(letters);
  await expect(dialog.page().getByRole('option', { name: kindName, exact: true }).first()).toBeVisible();
  await dialog.page().keyboard.press('Enter');
  await expect(box).toHaveValue(kindName);
}
