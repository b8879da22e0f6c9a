import { expect, type Page } from '@playwright/test';
import type { RunningApp } from '../harness';

/**
 * What the sharing screens read and say, as a user sees it in English, written out rather than
 * taken from the catalogues so that a wrong or missing message fails the test.
 */
export const SHARING = {
  settings: 'Settings',
  exchange: 'Exchange',
  partners: 'Partners',
  addCard: 'Add a partner from a card…',
  saveCard: 'Save this office’s partner card…',
  saveTheCard: 'Save the card…',
  trust: (agency: string) => `The fingerprints match: trust ${agency}`,
  send: 'Send…',
  refer: 'Refer to…',
  passphrase: 'Passphrase',
  passphraseAgain: 'Passphrase again',
  saveBundle: 'Save the bundle…',
  saveReferral: 'Create the referral and save its bundle…',
  receive: 'Receive a bundle…',
  open: 'Open',
  take: (n: number) => `Take in ${n} ${n === 1 ? 'entry' : 'entries'}`,
  openCase: 'Open the case',
  recordConsent: 'Record consent…',
  consentSave: 'Record consent',
  neverAdd: 'Add an agency…',
  neverReason: 'Why (for example: the person who caused harm works there)',
  neverSave: 'Add to the list',
  respond: 'Respond',
  accept: 'Accept',
  acceptSave: 'Accept the referral',
  note: 'Note',
  close: 'Close',
};

/** The fingerprint this office shows in Settings → Partners, as 30 digits in groups. */
export async function ownFingerprint(page: Page): Promise<string> {
  await page.getByRole('link', { name: SHARING.settings }).click();
  const section = page.locator('section.partners');
  return (await section.locator('code.fingerprint').first().innerText()).trim();
}

/** Saves this office's partner card to `path` from Settings → Partners. */
export async function savePartnerCard(app: RunningApp, path: string): Promise<void> {
  const { page } = app;
  await page.getByRole('link', { name: SHARING.settings }).click();
  await page.getByRole('button', { name: SHARING.saveCard }).click();
  const dialog = page.getByRole('dialog');
  await app.dialogs.nextSave(path);
  await dialog.getByRole('button', { name: SHARING.saveTheCard }).click();
  await expect(dialog.getByRole('status')).toContainText(path);
  await dialog.getByRole('button', { name: SHARING.close }).click();
}

/**
 * Adds the partner of the card at `path`, after checking the fingerprint the trust dialog shows
 * is `fingerprint` (what the partner reads out by phone).
 */
export async function addPartnerFromCard(
  app: RunningApp,
  path: string,
  agency: string,
  fingerprint: string,
): Promise<void> {
  const { page } = app;
  await page.getByRole('link', { name: SHARING.settings }).click();
  await app.dialogs.nextOpen(path);
  await page.getByRole('button', { name: SHARING.addCard }).click();
  const dialog = page.getByRole('dialog', { name: `A new partner: ${agency}` });
  await expect(dialog.locator('code.fingerprint')).toHaveText(fingerprint);
  await dialog.getByRole('button', { name: SHARING.trust(agency) }).click();
  const partners = page.getByRole('region', { name: SHARING.partners });
  await expect(partners.getByRole('status')).toHaveText(`${agency} is now a partner.`);
  await expect(partners.getByRole('list', { name: SHARING.partners })).toContainText(fingerprint);
}

/** Records the victim's consent to share with `partner` on the open case. */
export async function recordConsent(page: Page, partner: string): Promise<void> {
  await page.getByRole('button', { name: SHARING.recordConsent }).click();
  const dialog = page.getByRole('dialog', { name: 'Record consent to share' });
  await dialog.getByLabel('Partner agency').selectOption({ label: partner });
  await dialog.getByLabel('What the person agreed to').fill('Signed the consent form at the interview.');
  await dialog.getByRole('button', { name: SHARING.consentSave }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Consent to share' })).toContainText(partner);
}

/** Sends the open case to `partner`, encrypted with `passphrase`, saved at `path`. */
export async function sendCase(
  app: RunningApp,
  partner: string,
  passphrase: string,
  path: string,
): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: SHARING.send }).click();
  const dialog = page.getByRole('dialog', { name: 'Send the case to partners' });
  await dialog.getByRole('checkbox', { name: new RegExp(partner) }).check();
  await dialog.getByLabel(SHARING.passphrase, { exact: true }).fill(passphrase);
  await dialog.getByLabel(SHARING.passphraseAgain).fill(passphrase);
  await app.dialogs.nextSave(path);
  await dialog.getByRole('button', { name: SHARING.saveBundle }).click();
  await expect(dialog.getByRole('status')).toContainText(`Saved ${path}`);
  await dialog.getByRole('button', { name: SHARING.close }).click();
}

/** Opens the bundle at `path` from the Exchange page and types its passphrase. */
export async function openBundle(app: RunningApp, path: string, passphrase: string): Promise<void> {
  const { page } = app;
  await page.getByRole('link', { name: SHARING.exchange }).click();
  await app.dialogs.nextOpen(path);
  await page.getByRole('button', { name: SHARING.receive }).first().click();
  await page.getByLabel(SHARING.passphrase).fill(passphrase);
  await page.getByRole('button', { name: SHARING.open, exact: true }).click();
}

/** Takes in the previewed bundle (`fresh` new entries) and opens its case. */
export async function takeIn(page: Page, fresh: number): Promise<void> {
  const take = page.getByRole('button', { name: SHARING.take(fresh) });
  await expect(take).toBeVisible();
  await take.click();
  const open = page.getByRole('button', { name: SHARING.openCase });
  await expect(open).toBeVisible();
  await open.click();
  await expect(page.locator('.case-title h1')).toBeVisible();
}

/** The timeline as a user reads it: each entry's kind and narrative, in order. */
export async function timelineText(page: Page): Promise<string[]> {
  const cards = page.locator('.timeline article.entry');
  await expect(cards.first()).toBeVisible();
  return cards.evaluateAll((els) =>
    els.map((el) => {
      const kind = el.querySelector('.entry-kind')?.textContent ?? '';
      const text = el.querySelector('.narrative')?.textContent ?? '';
      return `${kind}: ${text}`;
    }),
  );
}
