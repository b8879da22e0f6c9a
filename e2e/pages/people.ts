import { expect, type Locator, type Page } from '@playwright/test';
import { SETTINGS_VERSION } from '../../shared/settings';

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

/** A police office that has finished first-run setup, working in `language`. */
export function officeSettings(language: 'ru' | 'kk'): Record<string, unknown> {
  return {
    version: SETTINGS_VERSION,
    language,
    agency: {
      id: '01900000-0000-7000-8000-000000000001',
      name: language === 'kk' ? 'Алмалы аудандық полиция басқармасы' : 'УП Алмалинского района',
      kind: 'police',
      region: 'Алматы',
    },
    staffName: language === 'kk' ? 'Нұрлан Жұмағалиев' : 'Нурлан Жумагалиев',
    deadlineWindowDays: 7,
  };
}

/**
 * Writes a case as an earlier version of the app (or an import) left it, straight into the
 * app's IndexedDB: a header whose sealed part holds only the victim's name, and the victim. For
 * text the forms of today refuse (invisible control characters) but that may already be stored.
 * Written before the first administrator exists (an installation from before staff accounts),
 * as plain values only then are accepted: that first sign-in encrypts them with the rest.
 */
export async function storeOlderCase(page: Page, reference: string, victimName: string): Promise<void> {
  await page.evaluate(
    async ({ reference, victimName }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('caseline');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const at = '2026-01-10T10:00:00+05:00';
      const agency = { id: '01900000-0000-7000-8000-000000000001', name: 'УП', kind: 'police' };
      const caseId = '01940000-0000-7000-8000-0000000cafe1';
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['cases', 'persons'], 'readwrite');
        tx.objectStore('cases').add({
          id: caseId,
          reference,
          status: 'open',
          ownerAgency: agency,
          createdAt: at,
          demo: 0,
          summary: {
            riskLevel: null,
            lastAssessmentAt: null,
            measures: [],
            deadlines: [],
            openActions: 0,
            lastActivityAt: at,
            lastContactAt: null,
            agencies: [agency],
            entryCount: 0,
            version: 2,
          },
          sealed: JSON.stringify({ victimName, closedReason: '' }),
        });
        tx.objectStore('persons').add({
          id: '01940000-0000-7000-8000-0000000cafe2',
          caseId,
          role: 'victim',
          iinToken: null,
          sealed: JSON.stringify({ name: victimName, birthDate: null, phone: '', address: '', notes: '' }),
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { reference, victimName },
  );
}
