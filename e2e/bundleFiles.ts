/**
 * Bundle files for the e2e specs, made in Node by the same writer the app uses (shared/bundle),
 * signed by a key of a made-up agency: a valid file to take in, or one to damage.
 */
import { buildBundle } from '../shared/bundle';
import { entryHash } from '../shared/domain/canonical';
import type { AgencyRef } from '../shared/domain/agencies';
import type { Entry } from '../shared/domain/types';
import { exportPublicKey, generateSigningKeyPair, signerFor } from '../shared/crypto/signing';
import { uuidv7, type AgencyId, type CaseId, type EntryId } from '../shared/ids';

export const HOSPITAL = {
  id: '01900000-0000-7000-8000-0000000e2e01' as AgencyId,
  name: 'City Polyclinic No. 4',
  kind: 'health' as const,
  district: 'Almaly',
};

/**
 * A signed, unencrypted bundle from the made-up polyclinic to `recipient` about a new case,
 * whose one entry has `narrative`.
 */
export async function polyclinicBundle(recipient: AgencyRef, narrative: string): Promise<string> {
  const pair = await generateSigningKeyPair();
  const caseId = uuidv7() as CaseId;
  const unhashed: Omit<Entry, 'hash'> = {
    id: uuidv7() as EntryId,
    caseId,
    kind: 'medical-exam',
    occurredAt: '2026-03-01T10:00:00+05:00',
    recordedAt: '2026-03-01T10:30:00+05:00',
    author: { name: 'Dr Sadykova', agency: { id: HOSPITAL.id, name: HOSPITAL.name, kind: HOSPITAL.kind } },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative,
    fields: { injuriesRecorded: true, forensic: false },
    correction: null,
  };
  const built = await buildBundle(
    {
      createdAt: '2026-03-01T11:00:00+05:00',
      sender: {
        agency: HOSPITAL,
        installationId: uuidv7(),
        publicKey: await exportPublicKey(pair.publicKey),
      },
      recipients: [recipient],
      case: {
        id: caseId,
        reference: 'MED-2026-0009',
        status: 'open',
        createdAt: '2026-03-01T09:00:00+05:00',
        ownerAgency: { id: HOSPITAL.id, name: HOSPITAL.name, kind: HOSPITAL.kind },
      },
      audience: { kind: 'agency', note: '', withheld: { entries: 0, persons: 0 }, contactsRemoved: true },
      persons: [],
      entries: [{ ...unhashed, hash: await entryHash(unhashed) }],
    },
    signerFor(pair.privateKey),
  );
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return built.text;
}
