import { describe, expect, it } from 'vitest';
import { MIN_ACCEPTED_LOG10, passphraseStrength } from './passphraseStrength';

const codes = (p: string, personal: string[] = []) =>
  passphraseStrength(p, personal).weaknesses.map((w) => w.code);

describe('passphraseStrength', () => {
  it('refuses the passwords guessed first, and says why', () => {
    for (const p of ['password', 'qwerty123', '123456789012', 'пароль', 'йцукен12', 'Almaty2024']) {
      const s = passphraseStrength(p);
      expect(s.accepted, p).toBe(false);
      expect(s.weaknesses.length, p).toBeGreaterThan(0);
    }
    expect(codes('password')).toContain('common');
    expect(codes('fghjkl')).toContain('sequence');
    expect(codes('ячсмить')).toContain('sequence');
    expect(codes('aaaaaaaaaaaaaa')).toContain('repeated');
    expect(codes('123456789012')).toEqual(expect.arrayContaining(['sequence', 'digits-only']));
  });

  it('says a short passphrase is short, with its length and the suggested length', () => {
    expect(passphraseStrength('Kx9!').weaknesses[0]).toEqual({ code: 'short', length: 4, suggested: 12 });
    expect(codes('twelve chars')).not.toContain('short');
  });

  it('counts characters, not UTF-16 units, and reads Kazakh and Russian words as letters', () => {
    expect(passphraseStrength('𝔸𝔹').weaknesses[0]).toEqual({ code: 'short', length: 2, suggested: 12 });
    const s = passphraseStrength('қызғалдақ өрік тауы көктем');
    expect(s.accepted).toBe(true);
    expect(s.level).toBe('very-strong');
  });

  it('finds the person’s own name and the agency’s, which anyone who knows them would try', () => {
    expect(codes('Saule1985Bekova', ['Saule Bekova'])).toEqual(expect.arrayContaining(['name', 'date']));
    expect(passphraseStrength('SauleBekova!!', ['Saule Bekova']).accepted).toBe(false);
    expect(passphraseStrength('SauleBekova!!').accepted).toBe(true);
  });

  it('finds dates written with separators', () => {
    expect(codes('born 01.03.1990 here')).toContain('date');
  });

  it('accepts four ordinary words, and a long mixed passphrase, on the boundary of the minimum', () => {
    expect(passphraseStrength('river lamp orange stone').accepted).toBe(true);
    expect(passphraseStrength('tulip').log10).toBeLessThan(MIN_ACCEPTED_LOG10);
    // Ten letters count as 10^10 guesses: exactly the minimum.
    expect(passphraseStrength('glrnwtpxqz').log10).toBe(10);
    expect(passphraseStrength('glrnwtpxqz').accepted).toBe(true);
    expect(passphraseStrength('glrnwtpxq').accepted).toBe(false);
  });

  it('tells the time one graphics card would need in a unit a person reads', () => {
    expect(passphraseStrength('abc').crackTime).toEqual({ unit: 'instant' });
    expect(passphraseStrength('glrnwtpxqz').crackTime).toEqual({ unit: 'days', count: 7 });
    expect(passphraseStrength('river lamp orange stone mountain').crackTime).toEqual({ unit: 'centuries' });
  });

  it('rates by level', () => {
    expect(passphraseStrength('').level).toBe('very-weak');
    expect(passphraseStrength('tulipcrane').level).toBe('fair');
    expect(passphraseStrength('tulipcranebo').level).toBe('strong');
  });
});
