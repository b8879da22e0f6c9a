/**
 * Micro benchmark of the bundle format in Node: build and read a bundle of one case with
 * BENCH_ENTRIES entries (100,000 by default), plain and encrypted, and print the time of each
 * step and the rate in entries per second. A measurement, never a test: nothing here passes or
 * fails. Run: npm run bench:bundle
 */
import { cpus, loadavg } from 'node:os';
import { generateDemo, demoDraft } from '../shared/demo/generator';
import { mayRead } from '../shared/domain/audience';
import { entryHash } from '../shared/domain/canonical';
import type { Entry } from '../shared/domain/types';
import { uuidv7, type AgencyId, type CaseId, type EntryId } from '../shared/ids';
import { exportPublicKey, generateSigningKeyPair, signerFor } from '../shared/crypto/signing';
import { buildBundle, readBundle, referencesOf, type Phase } from '../shared/bundle';

const COUNT = Number(process.env.BENCH_ENTRIES ?? 100_000);
const NOW = '2026-03-01T12:00:00+05:00';
const PASSPHRASE = 'bench passphrase';

const out = (line: string) => process.stdout.write(`${line}\n`);
const ms = (t: number) => `${Math.round(t)} ms`;
const rate = (n: number, t: number) => `${Math.round((n / t) * 1000).toLocaleString('en')} entries/s`;

async function entries(
  caseId: CaseId,
  home: { id: AgencyId; name: string; kind: 'police' },
): Promise<Entry[]> {
  // About a sixth of demo entries are internal counselling notes, which never leave the agency:
  // generate more, keep COUNT of those partners may read.
  const [demo] = generateDemo({
    seed: 3,
    cases: 1,
    entriesPerCase: Math.ceil(COUNT * 1.25),
    today: '2026-03-01',
    now: NOW,
    home,
  });
  const base = Date.UTC(2025, 0, 1);
  const ids = demo!.entries.map((_, i) => uuidv7(base + i));
  const all: Entry[] = [];
  for (let i = 0; i < demo!.entries.length; i += 1_000) {
    const batch = demo!.entries.slice(i, i + 1_000).map((d, j) => {
      const draft = demoDraft(d, caseId, ids);
      return { ...draft, id: ids[i + j] as EntryId, recordedAt: draft.occurredAt };
    });
    all.push(...(await Promise.all(batch.map(async (e) => ({ ...e, hash: await entryHash(e) })))));
  }
  // What partners may read: shared entries, and no shelter name (the audience module's rule).
  return Promise.all(
    all
      .filter((e) => mayRead({ kind: 'partners' }, e))
      .slice(0, COUNT)
      .map(async (e) => {
        if (e.kind !== 'shelter-admission' || !('shelter' in e.fields)) return e;
        const { hash: _h, ...rest } = e;
        const fields = { ...rest.fields };
        delete fields.shelter;
        return { ...rest, fields, hash: await entryHash({ ...rest, fields }) };
      }),
  );
}

/** Wall time, and CPU time of the process (all threads): the latter varies less on a busy machine. */
async function timed<T>(label: string, n: number, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const t = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  out(`${label.padEnd(30)} ${ms(t).padStart(9)}  ${rate(n, t).padEnd(20)} CPU ${ms(cpuMs)}`);
  return result;
}

async function main(): Promise<void> {
  const home = { id: uuidv7(1) as AgencyId, name: 'УП (bench)', kind: 'police' as const };
  const caseId = uuidv7(2) as CaseId;
  const pair = await generateSigningKeyPair();
  const signer = signerFor(pair.privateKey);
  const publicKey = await exportPublicKey(pair.publicKey);
  const sent = await entries(caseId, home);
  const all = new Set(sent.map((e) => e.id));
  out(`Bundle benchmark: ${sent.length.toLocaleString('en')} entries (Node ${process.version})`);
  // Figures scale with how busy the machine is: say so next to them.
  out(`${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`);

  const input = {
    createdAt: NOW,
    sender: { agency: { ...home, district: 'bench' }, installationId: uuidv7(3), publicKey },
    recipients: [{ id: uuidv7(4) as AgencyId, name: 'КЦ (bench)', kind: 'crisis-centre' as const }],
    case: { id: caseId, reference: 'BENCH-1', status: 'open' as const, createdAt: NOW, ownerAgency: home },
    audience: {
      kind: 'partners' as const,
      note: '',
      withheld: { entries: 0, persons: 0 },
      contactsRemoved: true,
    },
    persons: [],
    entries: sent,
    // Entries referred to but not sent (internal ones) are declared withheld.
    withheldIds: sent.flatMap((e) =>
      referencesOf(e).flatMap((r) => (all.has(r.id as EntryId) ? [] : [r.id])),
    ),
  };

  const plain = await timed('build, signed', sent.length, () => buildBundle(input, signer));
  const sealed = await timed('build, signed and encrypted', sent.length, () =>
    buildBundle(input, signer, { passphrase: PASSPHRASE }),
  );
  if (!plain.ok || !sealed.ok) throw new Error(`build failed: ${JSON.stringify(plain.ok ? sealed : plain)}`);
  out(
    `file size: ${(plain.text.length / 1e6).toFixed(1)} MB plain, ${(sealed.text.length / 1e6).toFixed(1)} MB encrypted`,
  );

  for (const [label, text, passphrase] of [
    ['read, plain', plain.text, undefined],
    ['read, encrypted', sealed.text, PASSPHRASE],
  ] as const) {
    const marks: Partial<Record<Phase, number>> = {};
    const start = performance.now();
    const read = await timed(label, sent.length, () =>
      readBundle(text, {
        now: NOW,
        ...(passphrase ? { passphrase } : {}),
        onProgress: (p) => {
          if (p.done === p.total) marks[p.phase] = performance.now() - start;
        },
      }),
    );
    if (!read.ok) throw new Error(`read failed: ${JSON.stringify(read.error)}`);
    const steps = (['decrypt', 'validate', 'verify'] as const)
      .filter((p) => marks[p] !== undefined)
      .map((p) => `${p} done at ${ms(marks[p]!)}`);
    out(`  ${steps.join(', ')}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
