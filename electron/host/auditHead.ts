/**
 * The audit chain's newest link, kept by the host (audit-head.json) where the audit table's
 * writer cannot quietly change it: a hash chain shows an altered or removed record by itself,
 * but not that its newest records were cut off. Verify compares the chain with this head
 * (shared/audit/verify.ts `head`). The head only moves forward: a link older than the one kept
 * is refused, so removing the newest records cannot be followed by moving the head back.
 */
import * as v from 'valibot';
import type { ChainLink } from '../../shared/audit/chain';
import { fail, ok, type Result } from '../../shared/result';
import type { JsonFilePort } from './jsonFile';
import { serial } from './serial';

export const CHAIN_LINK = v.strictObject({
  seq: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

export type AuditHeadStore = ReturnType<typeof auditHeadStore>;

export function auditHeadStore(file: JsonFilePort) {
  const queued = serial();

  async function read(): Promise<ChainLink | null> {
    let raw: unknown;
    try {
      raw = await file.read();
    } catch {
      return null;
    }
    const parsed = v.safeParse(CHAIN_LINK, raw);
    return parsed.success ? parsed.output : null;
  }

  return {
    /** The newest link known; null before the first record (or if the file was lost). */
    get: read,

    /** Moves the head to `link`; refused if it is older than the head kept, or the same number with another hash. */
    async set(link: ChainLink): Promise<Result<ChainLink>> {
      return queued(async () => {
        const current = await read();
        if (current && (link.seq < current.seq || (link.seq === current.seq && link.hash !== current.hash)))
          return fail('audit-head-behind', `The audit log's newest record is number ${current.seq}.`);
        if (!current || link.seq > current.seq) await file.write(link);
        return ok(link);
      });
    },

    /** Forgets the head (a restore into an empty installation starts from the backup's chain). */
    async clear(): Promise<void> {
      await queued(() => file.write(null));
    },
  };
}
