import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonPrefix } from './jsonPrefix';

const SAMPLE = '{"a":[1,-2.5e+3,0.1,true,false,null,"x\\"\\u0416\\n"],"b":{},"c":[],"d":"Әй"}';

describe('isJsonPrefix', () => {
  it('accepts every prefix of valid JSON, the whole included', () => {
    for (let i = 0; i <= SAMPLE.length; i++) expect(isJsonPrefix(SAMPLE.slice(0, i))).toBe(true);
    expect(isJsonPrefix('  \n')).toBe(true);
  });

  it('refuses text that no completion can make valid', () => {
    for (const bad of [
      'hello',
      '{"a":1}x',
      '{"a" 1}',
      '{a:1}',
      '[1,]',
      '[01',
      '{"a":tru3',
      '"\\x"',
      '"\\u12G4"',
      '{"a":1,}',
      '[1 2]',
      '{"a":1]',
      '-a',
      '1.e5',
      '"tab\there"',
      '{,}',
    ]) {
      expect(isJsonPrefix(bad), bad).toBe(false);
    }
  });

  it('agrees with JSON.parse on random values and their prefixes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value, null, cut % 3);
        expect(isJsonPrefix(text)).toBe(true);
        expect(isJsonPrefix(text.slice(0, cut % (text.length + 1)))).toBe(true);
        expect(isJsonPrefix(`${text} }`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('finishes in linear time on deep nesting', () => {
    expect(isJsonPrefix('['.repeat(1_000_000))).toBe(true);
    expect(isJsonPrefix(`${'['.repeat(500_000)}}`)).toBe(false);
  });
});
