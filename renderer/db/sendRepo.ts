/**
 * What sending a case records: the bundle that was saved (with the entries made for it, such as
 * the referral it carries, in the same transaction), a send that was refused, and a
 * supervisor's override. Each writes its audit record with the change it records.
 */
import type { Instant } from '../../shared/dates';
import type { AgencyRef } from '../../shared/domain/agencies';
import { agencyOfField } from '../../shared/domain/agencyField';
import type { Entry, EntryDraft } from '../../shared/domain/types';
import { appendAudit, auditRow, type Actor } from './audit';
import { casesChanged } from './caseIndex';
import { db } from './db';
import { entryRow, finishEntry } from './entryRepo';
import type { ShareRowV5 } from './schema/v5';
import { packIds } from './shareLog';
import { prepareSummaries, readBase, storeEntries, writeEntries, type WriteContext } from './writeEntries';

export type SentBundle = {
  readonly bundleId: string;
  readonly createdAt: Instant;
  readonly recipients: readonly AgencyRef[];
  readonly encrypted: boolean;
  readonly delta: boolean;
  /** Ids of every entry the bundle carried. */
  readonly entryIds: readonly string[];
  readonly withheld: number;
  /** SHA-256 (hex) of the file as written. */
  readonly fileDigest: string;
};

type SendContext = WriteContext & { readonly now: Instant; readonly actor: Actor };

/** Thrown inside the transaction to abort it when another writer changed the case meanwhile. */
class StaleBase extends Error {}

/**
 * Records a bundle saved for partners: the share record and 'share-sent', and the entries made
 * for it (already finished: the bundle carries them with their ids and hashes), all in one
 * transaction.
 */
export async function recordSent(
  localCaseId: string,
  sent: SentBundle,
  made: readonly Entry[],
  ctx: SendContext,
): Promise<void> {
  const d = db();
  const rows = await Promise.all(made.map((e) => entryRow(e, false, localCaseId)));
  const share: ShareRowV5 = {
    id: sent.bundleId,
    direction: 'sent',
    caseId: localCaseId,
    partnerIds: sent.recipients.map((r) => r.id),
    at: ctx.now,
    createdAt: sent.createdAt,
    fileDigest: sent.fileDigest,
    delta: sent.delta,
    encrypted: sent.encrypted,
    entryIds: packIds(sent.entryIds),
    counts: { entries: sent.entryIds.length, fresh: 0, known: 0, conflicts: 0, withheld: sent.withheld },
    conflictIds: [],
    actor: ctx.actor.name,
  };
  const names = sent.recipients.map((r) => r.name).join(', ');
  const audit = [
    ...made.map((e) => auditRow(ctx.actor, ctx.now, 'entry-added', localCaseId, e.kind)),
    auditRow(
      ctx.actor,
      ctx.now,
      'share-sent',
      localCaseId,
      `${sent.bundleId} → ${names}: ${sent.entryIds.length} entries${sent.delta ? ' (changes)' : ''}${
        sent.encrypted ? '' : ', not encrypted'
      }`,
    ),
  ];
  const parts = new Map<string, readonly Entry[]>(made.length > 0 ? [[localCaseId, made]] : []);
  for (;;) {
    const bases = new Map(made.length > 0 ? [[localCaseId, await readBase(localCaseId)]] : []);
    const prepared = await prepareSummaries(parts, bases);
    try {
      await d.transaction('rw', [d.entries, d.cases, d.shares, d.audit], async () => {
        if ((await storeEntries(d, parts, rows, prepared)) !== null) throw new StaleBase();
        await d.shares.add(share);
        await appendAudit(audit, d);
      });
      break;
    } catch (e) {
      if (!(e instanceof StaleBase)) throw e;
    }
  }
  if (made.length > 0) await casesChanged([localCaseId]);
}

/** Records that a send to `partner` was refused, and why, in the audit log. */
export async function recordRefusal(
  localCaseId: string,
  partner: AgencyRef,
  reasons: readonly string[],
  actor: Actor,
  at: Instant,
): Promise<void> {
  await appendAudit([
    auditRow(actor, at, 'share-refused', localCaseId, `${partner.name}: ${reasons.join(', ')}`),
  ]);
}

/** Records that a received file was refused, and why, in the audit log. */
export async function recordRefusedFile(
  localCaseId: string | null,
  detail: string,
  actor: Actor,
  at: Instant,
): Promise<void> {
  await appendAudit([auditRow(actor, at, 'share-refused', localCaseId, detail)]);
}

/** Records a supervisor's override (an entry) with its 'share-override' audit record. */
export async function recordOverride(
  draft: EntryDraft,
  ctx: SendContext,
  known?: readonly Entry[],
): Promise<Entry> {
  const entry = await finishEntry(draft, ctx.now);
  const partner = agencyOfField(entry.fields.partner)?.name ?? '';
  await writeEntries([{ caseId: entry.caseId, entries: [entry] }], {
    known: known ? new Map([[entry.caseId, known]]) : undefined,
    audit: [
      auditRow(ctx.actor, ctx.now, 'entry-added', entry.caseId, entry.kind),
      auditRow(
        ctx.actor,
        ctx.now,
        'share-override',
        entry.caseId,
        `${partner}: ${String(entry.fields.legalGround)}`,
      ),
    ],
  });
  return entry;
}
