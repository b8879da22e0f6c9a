import { describe, expect, it } from 'vitest';
import { nextReference, normaliseReference, referencePrefix } from './references';

describe('case references', () => {
  it('are per agency kind and year, numbered after the highest', () => {
    const prefix = referencePrefix('police', 2026);
    expect(prefix).toBe('POL-2026-');
    expect(nextReference(prefix, [])).toBe('POL-2026-0001');
    expect(nextReference(prefix, ['POL-2026-0007', 'POL-2026-0002', 'POL-2025-0100', 'POL-2026-abc'])).toBe(
      'POL-2026-0008',
    );
  });

  it('refuse empty, overlong and control-character references', () => {
    expect(normaliseReference('  A-1 ')).toBe('A-1');
    expect(normaliseReference('   ')).toBeNull();
    expect(normaliseReference('x'.repeat(41))).toBeNull();
    expect(normaliseReference('A\u0000B')).toBeNull();
  });
});
