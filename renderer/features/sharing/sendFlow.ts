/**
 * Sending a case: for the chosen partners, whether it may go (consent, the must-never list, a
 * supervisor's override: shared/domain/consent.ts), what goes in and what is left out
 * (shared/bundle/outgoing.ts), then the signed, usually encrypted file saved where the person
 * says, and recorded with its audit record. Nothing is recorded for a bundle that was not saved.
 */
import { calendarDateOf, type CalendarDate, type Instant } from '../../../shared/dates';
import { buildBundle, type BuildError } from '../../../shared/bundle';
import type { BundleDelta } from '../../../shared/bundle/types';
import { outgoing, type Outgoing } from '../../../shared/bundle/outgoing';
import { shareDecision, type ShareDecision } from '../../../shared/domain/consent';
import type { EffectiveEntry } from '../../../shared/domain/timeline';
import type { Entry, Person } from '../../../shared/domain/types';
import type { AgencyIdentity } from '../../../shared/identity';
import type { Actor } from '../../db/audit';
import { otherIdsOf } from '../../db/caseLinkRepo';
import type { CaseView } from '../../db/caseRows';
import { partnerRef, type Partner } from '../../db/partnerRepo';
import { recordRefusal, recordSent } from '../../db/sendRepo';
import { heldByAll, lastShare } from '../../db/shareLog';
import { invoke } from '../../host';
import { fileDigest } from './bundleFile';
import { hostSigner } from './signer';

/** Shortest passphrase the send form accepts. */
export const MIN_PASSPHRASE = 10;

export type SendPlan = {
  readonly recipients: readonly Partner[];
  /** Per recipient: may the case go today, and why not. */
  readonly decisions: readonly ShareDecision[];
  /** Whether every recipient may have contacts and addresses. */
  readonly contacts: boolean;
  readonly out: Outgoing;
  /** Null for a full bundle. */
  readonly delta: BundleDelta | null;
};

/** The ids of the case's entries each recipient holds, with the hash held here. */
async function heldMap(caseId: string, entries: readonly Entry[], recipients: readonly Partner[]) {
  const held = await heldByAll(
    caseId,
    recipients.map((r) => r.id),
  );
  return new Map(entries.filter((e) => held.has(e.id)).map((e) => [e.id, e.hash]));
}

/**
 * What a bundle to `recipients` would hold and whether it may go today. `entries` is every
 * entry of the case (all versions), `effective` the current ones (for consent and the list).
 */
export async function planSend(input: {
  readonly caseId: string;
  readonly entries: readonly Entry[];
  readonly effective: readonly EffectiveEntry[];
  readonly persons: readonly Person[];
  readonly recipients: readonly Partner[];
  readonly delta: boolean;
  readonly today: CalendarDate;
}): Promise<SendPlan> {
  const decisions = input.recipients.map((r) => shareDecision(input.effective, partnerRef(r), input.today));
  const contacts = decisions.length > 0 && decisions.every((d) => d.contacts);
  const held = input.delta ? await heldMap(input.caseId, input.entries, input.recipients) : null;
  const first = input.recipients[0];
  const last = held && held.size > 0 && first ? await lastExchanged(input.caseId, first.id) : null;
  const out = outgoing({
    entries: input.entries,
    persons: input.persons,
    recipients: input.recipients.map(partnerRef),
    contacts,
    held: last ? held : null,
  });
  return {
    recipients: input.recipients,
    decisions,
    contacts,
    out,
    delta: last ? { after: last.id, since: last.createdAt, previous: out.previous } : null,
  };
}

/** The latest bundle of the case exchanged with a partner, either way. */
async function lastExchanged(caseId: string, partnerId: string) {
  const [sent, received] = await Promise.all([
    lastShare(caseId, partnerId, 'sent'),
    lastShare(caseId, partnerId, 'received'),
  ]);
  if (!sent) return received;
  if (!received) return sent;
  return sent.createdAt > received.createdAt ? sent : received;
}

/** True when the plan may be sent: every recipient allowed today. */
export function mayGo(plan: SendPlan): boolean {
  return plan.recipients.length > 0 && plan.decisions.every((d) => d.open.length === 0);
}

/** Writes each recipient the plan may not go to, with why, to the audit log. */
export async function auditRefusals(
  plan: SendPlan,
  caseId: string,
  actor: Actor,
  now: Instant,
): Promise<void> {
  for (const d of plan.decisions)
    if (d.open.length > 0) await recordRefusal(caseId, d.partner, d.open, actor, now);
}

/** A file name that every file system takes: the reference, the partner, the day. */
export function bundleFileName(reference: string, partners: readonly Partner[], now: Instant): string {
  const who = partners.length === 1 ? partners[0]!.agency.name : `${partners.length}`;
  const raw = `${reference} ${who} ${calendarDateOf(now)}`;
  const safe = raw
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${safe}.caseline`;
}

export type SendOutcome =
  | { readonly kind: 'saved'; readonly path: string; readonly bundleId: string; readonly entries: number }
  | { readonly kind: 'cancelled' }
  | {
      readonly kind: 'failed';
      readonly error: BuildError | { readonly code: 'host'; readonly message: string };
    };

/**
 * Builds the bundle of `plan` (with `made`, the entries made for it such as a referral, already
 * finished), asks where to save it, and records it. Refuses a plan that may not go.
 */
export async function sendBundle(input: {
  readonly plan: SendPlan;
  readonly view: CaseView;
  readonly identity: AgencyIdentity;
  readonly actor: Actor;
  readonly note: string;
  /** Null: unencrypted, chosen after the warning. */
  readonly passphrase: string | null;
  readonly made: readonly Entry[];
  readonly now: Instant;
  readonly today: CalendarDate;
  readonly windowDays: number;
  readonly saveTitle: string;
  readonly fileFilter: string;
}): Promise<SendOutcome> {
  const { plan, view, identity } = input;
  if (!mayGo(plan)) throw new RangeError('The plan may not be sent');
  const entries = [...plan.out.entries, ...input.made];
  const withheld = plan.out.withheld.internal + plan.out.withheld.restricted + plan.out.withheld.sensitive;
  const built = await buildBundle(
    {
      createdAt: input.now,
      sender: {
        agency: identity.agency,
        installationId: identity.installationId,
        publicKey: identity.publicKey,
      },
      recipients: plan.recipients.map(partnerRef),
      case: {
        id: view.id,
        reference: view.reference,
        status: view.status,
        createdAt: view.createdAt,
        ownerAgency: view.ownerAgency,
        otherIds: await otherIdsOf(view.id),
      },
      audience: {
        kind: plan.recipients.length === 1 ? 'agency' : 'partners',
        note: input.note,
        withheld: { entries: withheld, persons: 0 },
        contactsRemoved: plan.out.contactsRemoved,
      },
      persons: plan.out.persons,
      entries,
      withheldIds: plan.out.withheldIds,
      delta: plan.delta,
    },
    hostSigner,
    input.passphrase === null ? {} : { passphrase: input.passphrase },
  );
  if (!built.ok) return { kind: 'failed', error: built.error };
  const saved = await invoke('file-save', {
    title: input.saveTitle,
    suggestedName: bundleFileName(view.reference, plan.recipients, input.now),
    filters: [{ name: input.fileFilter, extensions: ['caseline'] }],
    content: built.text,
    encoding: 'utf8',
  });
  if (!saved.ok) return { kind: 'failed', error: { code: 'host', message: saved.error.message } };
  if (saved.value === null) return { kind: 'cancelled' };
  await recordSent(
    view.id,
    {
      bundleId: built.bundleId,
      createdAt: input.now,
      recipients: plan.recipients.map(partnerRef),
      encrypted: input.passphrase !== null,
      delta: plan.delta !== null,
      entryIds: entries.map((e) => e.id),
      withheld,
      fileDigest: (await fileDigest(built.text)).digest,
    },
    input.made,
    { now: input.now, today: input.today, windowDays: input.windowDays, actor: input.actor },
  );
  return { kind: 'saved', path: saved.value.path, bundleId: built.bundleId, entries: entries.length };
}
