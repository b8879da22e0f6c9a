import { describe, expect, it } from 'vitest';
import { exportPublicKey, generateSigningKeyPair } from '../crypto/signing';
import { CRISIS, NOW, sampleInput, testKey } from './bundle.testkit';
import { buildBundle, buildPartnerCard, readPartnerCard, type PartnerCardInput } from './index';

async function cardInput(): Promise<PartnerCardInput> {
  return {
    agency: { ...CRISIS, district: 'Тестовый район' },
    contact: { name: 'Примерова П. (вымышл.)', phone: '+7 700 000 00 00', email: 'example@example.org' },
    installationId: '01900000-0000-7000-8000-00000000d002',
    publicKey: (await testKey()).publicKey,
    createdAt: NOW,
  };
}

async function cardText(): Promise<string> {
  const built = await buildPartnerCard(await cardInput(), (await testKey()).signer);
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return built.text;
}

describe('partner card', () => {
  it('is read back with its fingerprint', async () => {
    const built = await buildPartnerCard(await cardInput(), (await testKey()).signer);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const read = await readPartnerCard(built.text, { now: NOW });
    expect(read).toEqual({
      ok: true,
      card: { ...(await cardInput()), fingerprint: built.fingerprint },
      warnings: [],
    });
  });

  it('refuses a changed card, a key that is not the one that signed, and a missing signature', async () => {
    const doc = JSON.parse(await cardText()) as {
      card: { agency: { name: string }; publicKey: string };
      signature?: string;
    };
    doc.card.agency.name = 'Другой центр';
    expect(await readPartnerCard(JSON.stringify(doc), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'bad-signature', part: 'card' },
    });
    const swapped = JSON.parse(await cardText()) as typeof doc;
    swapped.card.publicKey = await exportPublicKey((await generateSigningKeyPair()).publicKey);
    expect(await readPartnerCard(JSON.stringify(swapped), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'fingerprint-mismatch' },
    });
    delete swapped.signature;
    expect(await readPartnerCard(JSON.stringify(swapped), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'missing-signature' },
    });
  });

  it('is as strict as a bundle about its fields', async () => {
    const extra = JSON.parse(await cardText()) as { card: Record<string, unknown> };
    extra.card.role = 'admin';
    expect(await readPartnerCard(JSON.stringify(extra), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'unknown-field', path: 'card', field: 'role' },
    });
    const proto = (await cardText()).replace('"contact": {', '"contact": {"__proto__": {},');
    expect(await readPartnerCard(proto, { now: NOW })).toMatchObject({
      error: { code: 'forbidden-key', key: '__proto__' },
    });
    const input = await cardInput();
    const long = await buildPartnerCard(
      { ...input, contact: { ...input.contact, phone: '1'.repeat(101) } },
      (await testKey()).signer,
    );
    expect(long).toEqual({
      ok: false,
      error: { code: 'string-too-long', path: 'card.contact.phone', max: 100, length: 101 },
    });
  });

  it('tells a bundle from a card, and a newer card from a bad one', async () => {
    const bundle = await buildBundle(await sampleInput(), (await testKey()).signer);
    expect(bundle.ok && (await readPartnerCard(bundle.text, { now: NOW }))).toEqual({
      ok: false,
      error: { code: 'not-a-partner-card', found: 'bundle' },
    });
    const newer = JSON.parse(await cardText()) as { version: number };
    newer.version = 2;
    expect(await readPartnerCard(JSON.stringify(newer), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 2, supported: 1 },
    });
    expect(await readPartnerCard((await cardText()).slice(0, 100), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'truncated' },
    });
    expect(await readPartnerCard(' '.repeat(64 * 1024 + 1), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'too-large', size: 64 * 1024 + 1, max: 64 * 1024 },
    });
  });

  it('warns about a card dated more than a day ahead', async () => {
    const built = await buildPartnerCard(
      { ...(await cardInput()), createdAt: '2026-03-12T12:00:01+05:00' },
      (await testKey()).signer,
    );
    const read = built.ok && (await readPartnerCard(built.text, { now: NOW }));
    expect(read && read.ok && read.warnings).toEqual([
      { code: 'clock-ahead', path: 'card.createdAt', at: '2026-03-12T12:00:01+05:00' },
    ]);
  });
});
