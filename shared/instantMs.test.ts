/**
 * instantMs reads instants character by character; it must answer exactly as the plain reading
 * with a regular expression and a Date check does (the reference below): the same milliseconds
 * for every instant, NaN for everything else, on near misses as much as on valid text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs } from './dates';

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

function reference(instant: string): number {
  const m = INSTANT_RE.exec(instant);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, sec, frac, tz] = m;
  const local = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(sec ?? 0),
    Number((frac ?? '0').padEnd(3, '0')),
  );
  const check = new Date(local);
  if (
    check.getUTCDate() !== Number(d) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(sec ?? 0) > 59
  )
    return Number.NaN;
  if (tz === 'Z' || tz === undefined) return local;
  const [oh, om] = [Number(tz.slice(1, 3)), Number(tz.slice(4, 6))];
  if (oh > 14 || om > 59) return Number.NaN;
  const sign = tz.startsWith('-') ? -1 : 1;
  return local - sign * (oh * 60 + om) * 60_000;
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
/** Text shaped like an instant, each part sometimes a little wrong. */
const nearInstant = fc
  .tuple(
    fc.oneof(digits(4), fc.constantFrom('0000', '0099', '1900', '2000', '2024', '2100', '9999')),
    fc.oneof(digits(2), fc.constantFrom('00', '01', '02', '12', '13')),
    fc.oneof(digits(2), fc.constantFrom('00', '28', '29', '30', '31', '32')),
    fc.oneof(digits(2), fc.constantFrom('23', '24')),
    fc.oneof(digits(2), fc.constantFrom('59', '60')),
    fc.option(
      fc.tuple(
        fc.oneof(digits(2), fc.constantFrom('59', '60')),
        fc.option(fc.stringMatching(/^[0-9]{0,4}$/)),
      ),
    ),
    fc.oneof(
      fc.constantFrom(
        'Z',
        '',
        'z',
        '+05:00',
        '-03:30',
        '+14:00',
        '+14:01',
        '+15:00',
        '+05:60',
        '+0500',
        '+05:0',
      ),
      fc.tuple(fc.constantFrom('+', '-'), digits(2), digits(2)).map(([s, h, m]) => `${s}${h}:${m}`),
    ),
    fc.constantFrom('-', '-', '-', '/'),
    fc.constantFrom('T', 'T', 'T', ' '),
  )
  .map(
    ([y, mo, d, h, mi, sec, tz, sep, t]) =>
      `${y}${sep}${mo}-${d}${t}${h}:${mi}${sec ? `:${sec[0]}${sec[1] === null ? '' : `.${sec[1]}`}` : ''}${tz}`,
  );

describe('instantMs', () => {
  it('answers as the reference reading on text shaped like an instant', () => {
    fc.assert(
      fc.property(nearInstant, (text) => {
        expect(instantMs(text)).toStrictEqual(reference(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('answers as the reference reading on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(instantMs(text)).toStrictEqual(reference(text));
      }),
      { numRuns: 5_000 },
    );
  });
});
