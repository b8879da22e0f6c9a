import { describe, expect, it } from 'vitest';
import { hasInvisibleChars, invisibleChars, visibleParts, withoutInvisibleChars } from './text';

describe('invisible characters', () => {
  it('finds bidirectional overrides, NUL and other controls, with their position', () => {
    const name = 'Айгерим \u202Eвобеk\u202C';
    expect(invisibleChars(name)).toEqual([
      { codePoint: 'U+202E', index: 8 },
      { codePoint: 'U+202C', index: 14 },
    ]);
    expect(invisibleChars('a\u0000b')).toEqual([{ codePoint: 'U+0000', index: 1 }]);
    expect(invisibleChars('isolate\u2067x\u2069')).toHaveLength(2);
  });

  it('leaves ordinary text alone, line breaks and tabs included', () => {
    const text = 'Первая строка\nвторая\tстрока — ә ғ қ ң ө ұ ү һ і';
    expect(hasInvisibleChars(text)).toBe(false);
    expect(invisibleChars(text)).toEqual([]);
    expect(withoutInvisibleChars(text)).toBe(text);
    expect(visibleParts(text)).toEqual([{ text }]);
  });

  it('removes them only when asked, and shows each as a visible mark', () => {
    expect(withoutInvisibleChars('Дана\u202E Омарова\u0000')).toBe('Дана Омарова');
    expect(visibleParts('\u202EДана')).toEqual([{ invisible: 'U+202E' }, { text: 'Дана' }]);
    expect(visibleParts('')).toEqual([{ text: '' }]);
    expect(hasInvisibleChars('x\u0000')).toBe(true);
    expect(hasInvisibleChars('x\u0000')).toBe(true);
  });

  it('finds every character after a check, which leaves nothing behind', () => {
    const text = 'Дана\u202E Омарова\u0000';
    expect(hasInvisibleChars(text)).toBe(true);
    expect(invisibleChars(text)).toEqual([
      { codePoint: 'U+202E', index: 4 },
      { codePoint: 'U+0000', index: 13 },
    ]);
  });
});
