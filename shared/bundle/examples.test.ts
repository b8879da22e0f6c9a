import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBundle, readPartnerCard } from './index';

const read = (name: string) => readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), 'utf8');
const NOW = '2026-02-10T12:00:00+05:00';

describe('the examples in docs/examples', () => {
  it('the bundle validates and verifies, signed by the key on the partner card', async () => {
    const bundle = await readBundle(read('example.caseline'), { now: NOW });
    const card = await readPartnerCard(read('partner-card.caseline-partner'), { now: NOW });
    expect(bundle.ok).toBe(true);
    expect(card.ok).toBe(true);
    if (!bundle.ok || !card.ok) return;
    expect(bundle.warnings).toEqual([{ code: 'unencrypted' }]);
    expect(card.warnings).toEqual([]);
    expect(bundle.bundle.sender.fingerprint).toBe(card.card.fingerprint);
    expect(bundle.bundle.sender.agency).toEqual(card.card.agency);
    expect(bundle.bundle.case.reference).toBe('POL-2026-0001');
    expect(bundle.bundle.entries.map((e) => e.kind)).toEqual([
      'report-received',
      'callout',
      'order-issued',
      'order-served',
      'order-issued',
      'consent-recorded',
      'referral-sent',
    ]);
  });

  it('are made up: every person and agency says so', async () => {
    const bundle = await readBundle(read('example.caseline'), { now: NOW });
    if (!bundle.ok) throw new Error(bundle.error.code);
    for (const p of bundle.bundle.persons) expect(p.name).toMatch(/вымышленное лицо/);
    for (const a of [bundle.bundle.sender.agency, ...bundle.bundle.recipients])
      expect(a.name).toMatch(/учебный пример/);
  });
});
