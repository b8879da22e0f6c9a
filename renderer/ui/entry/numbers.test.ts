import { describe, expect, it } from 'vitest';
import { groupThousands } from './numbers';

describe('sums of money', () => {
  it('are written in groups of three with no-break spaces', () => {
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1000)).toBe('1\u00a0000');
    expect(groupThousands(45000)).toBe('45\u00a0000');
    expect(groupThousands(100_000_000)).toBe('100\u00a0000\u00a0000');
    expect(groupThousands(-12500)).toBe('-12\u00a0500');
  });
});
