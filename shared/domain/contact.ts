/**
 * Last contact: the last time anyone from an agency saw or spoke with the victim. A preventive
 * talk, a served order or a detention is contact with the person who caused harm, not with the
 * victim, and never counts.
 *
 * What counts (isVictimContact):
 * - by its nature, these kinds: crisis-centre intake, counselling session, shelter admission and
 *   exit, safety plan made or reviewed (both made with the victim), social service provided
 *   (social protection's services and social worker visits are delivered to the victim and the
 *   household);
 * - a police call-out or home visit where the officers saw or spoke with the victim
 *   (victimSeen: yes). One that answers no does not count: that the police went to the address
 *   does not mean anyone saw her. Call-outs recorded before victimSeen existed count, as they
 *   did then (the form now always answers it);
 * - a contact attempt that reached the victim (reached: yes, contactWith: victim). Contact
 *   attempts recorded before contactWith existed were attempts to reach the victim, and count
 *   when reached.
 * What does not: reports received (often from neighbours or another agency), medical
 * examinations (they may be of either person), benefits, housing and employment decisions
 * (paperwork, not a meeting), everything else.
 */
import { instantMs } from '../dates';
import type { EntryKind } from './entryKinds';
import type { EffectiveEntry } from './timeline';
import type { Entry } from './types';

/** Kinds that are contact with the victim whatever their fields say. */
export const VICTIM_CONTACT_KINDS: readonly EntryKind[] = [
  'crisis-intake',
  'counselling',
  'shelter-admission',
  'shelter-exit',
  'safety-plan',
  'safety-plan-review',
  'social-service',
];

/** Kinds that are contact with the victim when their fields say so. */
export const CONDITIONAL_CONTACT_KINDS: readonly EntryKind[] = ['callout', 'contact-attempt'];

/** Every kind last contact may come from: what a stored summary must read. */
export const CONTACT_KINDS: readonly EntryKind[] = [...VICTIM_CONTACT_KINDS, ...CONDITIONAL_CONTACT_KINDS];

/** Whether an entry records contact with the victim (see the module comment). */
export function isVictimContact(entry: Entry): boolean {
  if (VICTIM_CONTACT_KINDS.includes(entry.kind)) return true;
  if (entry.kind === 'callout') return entry.fields.victimSeen !== false;
  if (entry.kind === 'contact-attempt') {
    const who = entry.fields.contactWith;
    return entry.fields.reached === true && (who === undefined || who === 'victim');
  }
  return false;
}

/** The latest contact with the victim (by when it happened, then original id), or null. */
export function lastVictimContact(effective: readonly EffectiveEntry[]): EffectiveEntry | null {
  let best: EffectiveEntry | null = null;
  let bestMs = Number.NEGATIVE_INFINITY;
  for (const e of effective) {
    if (!isVictimContact(e.entry)) continue;
    const ms = instantMs(e.entry.occurredAt);
    if (Number.isNaN(ms)) continue;
    if (!best || ms > bestMs || (ms === bestMs && e.originalId > best.originalId)) {
      best = e;
      bestMs = ms;
    }
  }
  return best;
}
