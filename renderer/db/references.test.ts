import { describe, expect, it } from 'vitest';
import { checkReference, nextReference, referencePrefix } from './references';

describe('case references', () => {
  it('are per agency kind and year, numbered after the highest', () => {
    const prefix = referencePrefix('police', 2026);
    expect(prefix).toBe('POL-2026-');
    expect(nextReference(prefix, [])).toBe('POL-2026-0001');
    expect(nextReference(prefix, ['POL-2026-0007', 'POL-2026-0002', 'POL-2025-0100', 'POL-2026-abc'])).toBe(
      'POL-2026-0008',
    );
  });

  it('are trimmed, and refused when empty, overlong or holding an invisible character, saying which', () => {
    expect(checkReference('  A-1 ')).toEqual({ ok: true, reference: 'A-1' });
    expect(checkReference('   ')).toEqual({ ok: false, problem: 'required' });
    expect(checkReference('x'.repeat(40))).toEqual({ ok: true, reference: 'x'.repeat(40) });
    expect(checkReference('x'.repeat(47))).toEqual({ ok: false, problem: 'too-long', max: 40, length: 47 });
    // Characters, not UTF-16 units: 40 Kazakh letters fit, 41 do not.
    expect(checkReference('Ә'.repeat(40)).ok).toBe(true);
    expect(checkReference('ә'.repeat(41))).toMatchObject({ problem: 'too-long', length: 41 });
    expect(checkReference('A\u0000B')).toEqual({
      ok: false,
      problem: 'invisible',
      char: { codePoint: 'U+0000', index: 1 },
    });
    expect(checkReference('POL\u202E-1')).toMatchObject({
      problem: 'invisible',
      char: { codePoint: 'U+202E' },
    });
  });
});
