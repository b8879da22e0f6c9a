/**
 * Issuing and serving a measure in one step: a police officer who hands the protective order to
 * the person on the spot records both at once. One form gives both entries; the served entry
 * names the issued one by id, so it is made once the issued entry has its id (saved first).
 */
import { instantMs, isInstant, type Instant } from '../dates';
import type { EntryId } from '../ids';
import { error, type Problem } from './problems';
import type { EntryDraft } from './types';

export type IssueAndServe =
  | {
      readonly ok: true;
      readonly issued: EntryDraft;
      /** The 'order-served' entry for the issued entry once it is saved with this id. */
      readonly served: (issuedEntryId: EntryId) => EntryDraft;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Both drafts from one form: `issued` is the 'order-issued' draft the form built; the order was
 * served at `servedAt` (the moment it was issued when omitted). The served entry shares the
 * issued entry's author, confidentiality and basis, and has no narrative of its own. Refuses a
 * served time that is not a time, or before the order was issued (field 'servedAt'). Throws for
 * a draft that is not a new 'order-issued' entry: that is a programming error, not user input.
 */
export function issueAndServe(issued: EntryDraft, servedAt?: Instant): IssueAndServe {
  if (issued.kind !== 'order-issued' || issued.correction !== null)
    throw new RangeError('issueAndServe takes a new order-issued draft');
  const at = servedAt ?? issued.occurredAt;
  if (!isInstant(at)) return { ok: false, problems: [error('servedAt', 'entry.err.date')] };
  if (instantMs(at) < instantMs(issued.occurredAt))
    return { ok: false, problems: [error('servedAt', 'rules.err.servedBeforeIssued')] };
  return {
    ok: true,
    issued,
    served: (issuedEntryId) => ({
      caseId: issued.caseId,
      kind: 'order-served',
      occurredAt: at,
      author: issued.author,
      confidentiality: issued.confidentiality,
      basis: issued.basis,
      sourceAgency: issued.sourceAgency,
      narrative: '',
      fields: { orderEntryId: issuedEntryId },
      correction: null,
    }),
  };
}
