/**
 * Receiving a bundle, step by step, as the receive screen drives it and as tests and the
 * benchmark run it whole (receiveFile):
 *   open (digest: a file taken in before is recognised) → read (decrypt, validate, verify,
 *   in a worker) → the sender's key (trust on first use; a known agency's other key stops
 *   everything until a person decides) → which local case → the plan (new, known, conflicting,
 *   or refused) → the merge, in one transaction.
 * A file refused at any step changes nothing stored; the refusal itself is written to the audit
 * log (DOMAIN.md: every import is audited).
 */
import type { CalendarDate, Instant } from '../../../shared/dates';
import type { Bundle, FileError, FileWarning, Progress } from '../../../shared/bundle';
import type { IncomingPlan, ReceiveProblem } from '../../../shared/bundle/incoming';
import type { Actor } from '../../db/audit';
import { matchCase, type CaseMatch } from '../../db/caseLinkRepo';
import { checkKey, type KeyCheck, type Partner, type Presented } from '../../db/partnerRepo';
import {
  applyReceive,
  lookAhead,
  planReceive,
  type LookAhead,
  ReceiveRefusedError,
  type ReceiveProgress,
  type ReceiveTarget,
} from '../../db/receiveRepo';
import { recordRefusedFile } from '../../db/sendRepo';
import { receivedFile, type ShareRecord } from '../../db/shareLog';
import type { FileOpener, OpenedFile } from './bundleFile';

/** Why a file was not taken in. */
export type Refusal =
  | { readonly kind: 'file'; readonly error: FileError }
  | { readonly kind: 'problem'; readonly problem: ReceiveProblem; readonly bundle: Bundle }
  | { readonly kind: 'refused-key'; readonly partner: Partner; readonly bundle: Bundle };

export type ReadStep =
  | { readonly step: 'passphrase'; readonly wrong: boolean }
  | { readonly step: 'refused'; readonly refusal: Refusal }
  | {
      readonly step: 'read';
      readonly bundle: Bundle;
      readonly warnings: readonly FileWarning[];
      readonly ahead: LookAhead | null;
    };

export type Who = { readonly actor: Actor; readonly now: Instant };

/** The words of a refusal in the audit log: the error's code and where. */
function refusalDetail(refusal: Refusal, digest: string): string {
  switch (refusal.kind) {
    case 'file':
      return `file ${digest.slice(0, 16)}: ${refusal.error.code}${'path' in refusal.error ? ` at ${refusal.error.path}` : ''}`;
    case 'problem':
      return `${refusal.bundle.bundleId} from ${refusal.bundle.sender.agency.name}: ${refusal.problem.code}`;
    case 'refused-key':
      return `${refusal.bundle.bundleId} from ${refusal.partner.agency.name}: refused key ${refusal.bundle.sender.fingerprint}`;
  }
}

/** Writes a refusal to the audit log (nothing else is stored). */
export async function auditRefusal(refusal: Refusal, digest: string, who: Who): Promise<void> {
  await recordRefusedFile(null, refusalDetail(refusal, digest), who.actor, who.now);
}

/** A received file this office took in before (the same bytes), if any. */
export function takenInBefore(file: OpenedFile): Promise<ShareRecord | null> {
  return receivedFile(file.digest);
}

/**
 * Reads the file with `passphrase`: the bundle, a request for (another) passphrase, or a
 * refusal. A bundle read comes with the lookup of its entries among those held, started while
 * the file was still being verified (for the plan that follows at once).
 */
export async function readStep(
  file: OpenedFile,
  passphrase: string | undefined,
  who: Who,
  onProgress?: Progress,
): Promise<ReadStep> {
  let ahead: LookAhead | null = null;
  const read = await file.read(
    {
      now: who.now,
      ...(passphrase === undefined ? {} : { passphrase }),
      onIds: (ids) => {
        ahead = lookAhead(ids);
      },
    },
    onProgress,
  );
  if (read.ok) return { step: 'read', bundle: read.bundle, warnings: read.warnings, ahead };
  if (read.error.code === 'needs-passphrase') return { step: 'passphrase', wrong: false };
  if (read.error.code === 'wrong-passphrase') return { step: 'passphrase', wrong: true };
  const refusal: Refusal = { kind: 'file', error: read.error };
  await auditRefusal(refusal, file.digest, who);
  return { step: 'refused', refusal };
}

/** The sender as the partner directory would keep it. */
export function presentedBy(bundle: Bundle): Presented {
  return {
    agency: bundle.sender.agency,
    publicKey: bundle.sender.publicKey,
    fingerprint: bundle.sender.fingerprint,
  };
}

/** What this office knows of the bundle's sender and key. */
export function senderCheck(bundle: Bundle): Promise<KeyCheck> {
  return checkKey(bundle.sender.agency.id, bundle.sender.fingerprint);
}

/** The local case the bundle is about, if one is found. */
export function caseMatch(bundle: Bundle): Promise<CaseMatch | null> {
  return matchCase(bundle.case, bundle.sender.agency.id);
}

/** The plan for the preview; a plan with a problem is a refusal, audited. */
export async function previewStep(
  bundle: Bundle,
  target: ReceiveTarget,
  file: Pick<OpenedFile, 'digest'>,
  who: Who,
  onProgress?: ReceiveProgress,
  ahead?: LookAhead,
): Promise<{ readonly plan: IncomingPlan } | { readonly refusal: Refusal }> {
  const plan = await planReceive(bundle, who.actor.agency.id, target, onProgress, ahead);
  if (!plan.problem) return { plan };
  const refusal: Refusal = { kind: 'problem', problem: plan.problem, bundle };
  await auditRefusal(refusal, file.digest, who);
  return { refusal };
}

export type ReceiveContext = Who & { readonly today: CalendarDate; readonly windowDays: number };

/** Takes the bundle in; a problem found at the last moment is a refusal, audited. */
export async function mergeStep(
  bundle: Bundle,
  target: ReceiveTarget,
  file: Pick<OpenedFile, 'digest'>,
  ctx: ReceiveContext,
  onProgress?: ReceiveProgress,
  ahead?: LookAhead,
): Promise<{ readonly localCaseId: string; readonly plan: IncomingPlan } | { readonly refusal: Refusal }> {
  try {
    return await applyReceive(bundle, target, { ...ctx, fileDigest: file.digest }, onProgress, ahead);
  } catch (e) {
    if (!(e instanceof ReceiveRefusedError)) throw e;
    const refusal: Refusal = { kind: 'problem', problem: e.problem, bundle };
    await auditRefusal(refusal, file.digest, ctx);
    return { refusal };
  }
}

/** How receiveFile decides what a person would be asked. */
export type Decisions = {
  readonly passphrase?: string;
  /** For a sender never seen: trust its key (a person compared the fingerprint), or stop. */
  readonly trustNew: boolean;
  /** The case to receive into, given what was found. */
  readonly target: (match: CaseMatch | null, bundle: Bundle) => ReceiveTarget;
  /** Take in a file whose bytes were taken in before (read again), or stop. */
  readonly again?: boolean;
};

export type ReceiveResult =
  | {
      readonly outcome: 'received';
      readonly localCaseId: string;
      readonly plan: IncomingPlan;
      readonly warnings: readonly FileWarning[];
    }
  | { readonly outcome: 'refused'; readonly refusal: Refusal }
  | { readonly outcome: 'passphrase'; readonly wrong: boolean }
  | { readonly outcome: 'taken-in-before'; readonly record: ShareRecord }
  | { readonly outcome: 'ask'; readonly check: Exclude<KeyCheck, { kind: 'trusted' }> };

/**
 * The whole flow without a screen: what tests and the benchmark run. Anything a person must
 * decide and `decisions` does not is returned as it stands ('ask', 'passphrase').
 */
export async function receiveFile(
  content: string | Uint8Array,
  opener: FileOpener,
  decisions: Decisions,
  ctx: ReceiveContext,
  trust: (bundle: Bundle) => Promise<void>,
  onProgress?: (p: { readonly phase: string; readonly done: number; readonly total: number }) => void,
): Promise<ReceiveResult> {
  const file = await opener(content);
  try {
    const before = await takenInBefore(file);
    if (before && !decisions.again) return { outcome: 'taken-in-before', record: before };
    const read = await readStep(file, decisions.passphrase, ctx, onProgress);
    if (read.step === 'refused') return { outcome: 'refused', refusal: read.refusal };
    if (read.step === 'passphrase') return { outcome: 'passphrase', wrong: read.wrong };
    const { bundle, warnings } = read;
    const check = await senderCheck(bundle);
    if (check.kind === 'refused') {
      const refusal: Refusal = { kind: 'refused-key', partner: check.partner, bundle };
      await auditRefusal(refusal, file.digest, ctx);
      return { outcome: 'refused', refusal };
    }
    if (check.kind === 'changed' || (check.kind === 'new' && !decisions.trustNew))
      return { outcome: 'ask', check };
    if (check.kind === 'new') await trust(bundle);
    const target = decisions.target(await caseMatch(bundle), bundle);
    const merged = await mergeStep(bundle, target, file, ctx, onProgress, read.ahead ?? undefined);
    if ('refusal' in merged) return { outcome: 'refused', refusal: merged.refusal };
    return { outcome: 'received', localCaseId: merged.localCaseId, plan: merged.plan, warnings };
  } finally {
    file.close();
  }
}
