import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7 } from './ids';

describe('uuidv7', () => {
  it('makes version-7 UUIDs that carry their time', () => {
    const id = uuidv7(Date.UTC(2026, 0, 1));
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.UTC(2026, 0, 1));
  });

  it('keeps ids strictly increasing within one millisecond', () => {
    const ms = Date.UTC(2026, 5, 1);
    const ids = Array.from({ length: 5000 }, () => uuidv7(ms));
    const sorted = [...ids].sort();
    expect(sorted).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
