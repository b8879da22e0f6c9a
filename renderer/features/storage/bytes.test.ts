import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it('chooses the unit at each 1024 and writes the decimal comma in Russian and Kazakh', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(1023, 'en')).toBe('1023 B');
    expect(formatBytes(1024, 'en')).toBe('1.0 KB');
    expect(formatBytes(1536 * 1024, 'ru')).toBe('1,5 МБ');
    expect(formatBytes(250 * 1024 ** 3, 'kk')).toBe('250 ГБ');
  });
});
