/**
 * Test support for sharing (used by *.test.ts only): the crisis centre that receives the bundle
 * testkit's police bundles, a snapshot of everything stored but the audit log, and the whole
 * receive flow run with the decisions a person would make.
 */
import type { Bundle } from '../../../shared/bundle';
import { buildBundle, type BundleInput } from '../../../shared/bundle';
import { CRISIS, NOW, sampleInput, testKey } from '../../../shared/bundle/bundle.testkit';

import type { Actor } from '../../db/audit';
import { db } from '../../db/db';
import { trustPartner } from '../../db/partnerRepo';
import { rawDump, type RawStore } from '../../db/testDb.testkit';
import { directOpener } from './bundleFile';
import {
  presentedBy,
  receiveFile,
  type Decisions,
  type ReceiveContext,
  type ReceiveResult,
} from './receiveFlow';

/** The crisis centre the sample bundles are addressed to. */
export const RECEIVER: Actor = { name: 'психолог Примерова П.', agency: CRISIS };

export const RECEIVE_CTX: ReceiveContext = {
  actor: RECEIVER,
  now: NOW,
  today: NOW.slice(0, 10),
  windowDays: 14,
};

/** A plain bundle text of the sample, changed by `over`. */
export async function bundleText(over: Partial<BundleInput> = {}, passphrase?: string): Promise<string> {
  const built = await buildBundle(
    await sampleInput(over),
    (await testKey()).signer,
    passphrase ? { passphrase } : {},
  );
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return built.text;
}

/** Everything stored, but the audit log: what a refused file must leave exactly as it was. */
export async function snapshot(): Promise<Record<string, RawStore>> {
  await db().open();
  const { audit: _audit, ...rest } = await rawDump(db().name);
  return rest;
}

/** The audit log's actions, oldest first. */
export async function auditActions(): Promise<string[]> {
  return (await db().audit.orderBy('seq').toArray()).map((r) => r.action);
}

/** A new case for the bundle, with the next reference; or the case it matches. */
export const DEFAULT_DECISIONS: Decisions = {
  trustNew: true,
  target: (match) =>
    match ? { kind: 'existing', localCaseId: match.localCaseId } : { kind: 'new', reference: 'CC-2026-0001' },
};

/** Runs the whole receive flow in this thread with `decisions` (trusting a new sender by default). */
export function receive(
  content: string | Uint8Array,
  decisions: Partial<Decisions> = {},
): Promise<ReceiveResult> {
  return receiveFile(
    content,
    directOpener,
    { ...DEFAULT_DECISIONS, ...decisions },
    RECEIVE_CTX,
    (bundle: Bundle) => trustPartner(presentedBy(bundle), 'bundle', RECEIVER, NOW),
  );
}
