/**
 * How hard a passphrase is to guess, and why, for the strength meter (issue 9: a meter and no
 * silent minimum). The estimate is deliberately simple and open: the passphrase is split into
 * runs of letters, digits and other characters, and each run is counted as a guessing tool
 * would try it (common passwords, keyboard and alphabet runs, repeats, years and the person's
 * own name first; other letters at about ten guesses each, as letters in words are far from
 * random). The sum is an estimate of the number of guesses in powers of ten.
 *
 * What the number means is told in time: someone who copied this computer's files tries
 * passphrases against the stored key offline. With PBKDF2-SHA256 at 600,000 iterations a
 * current high-end graphics card computes in the order of 10^4 guesses a second
 * (GUESSES_PER_SECOND), so 10^10 guesses take about a week on one card. That is the minimum
 * accepted (MIN_ACCEPTED_LOG10), and the form says so with the reasons found, never silently.
 */
import { COMMON_PASSPHRASES, SEQUENCES } from './commonPassphrases';

/** Offline guesses a second against one stored key with one high-end graphics card. */
export const GUESSES_PER_SECOND = 15_000;
/** The fewest guesses (as a power of ten) a passphrase must take to be accepted. */
export const MIN_ACCEPTED_LOG10 = 10;
/** Longest passphrase accepted (characters); longer adds nothing and costs time to derive. */
export const MAX_PASSPHRASE = 1024;

export type StrengthLevel = 'very-weak' | 'weak' | 'fair' | 'strong' | 'very-strong';

/** Something that makes a passphrase easy to guess, each explained to the person typing it. */
export type Weakness =
  | { readonly code: 'short'; readonly length: number; readonly suggested: number }
  | { readonly code: 'common' }
  | { readonly code: 'name' }
  | { readonly code: 'sequence' }
  | { readonly code: 'repeated' }
  | { readonly code: 'date' }
  | { readonly code: 'digits-only' };

/** How long one graphics card would take to guess it, for the sentence the meter shows. */
export type CrackTime =
  | { readonly unit: 'instant' }
  | { readonly unit: 'minutes' | 'hours' | 'days' | 'months' | 'years'; readonly count: number }
  | { readonly unit: 'centuries' };

export type Strength = {
  readonly level: StrengthLevel;
  /** Estimated guesses, as a power of ten. */
  readonly log10: number;
  readonly crackTime: CrackTime;
  readonly weaknesses: readonly Weakness[];
  /** At least MIN_ACCEPTED_LOG10 and no longer than MAX_PASSPHRASE. */
  readonly accepted: boolean;
};

/** Suggested length, said when a passphrase is shorter. */
export const SUGGESTED_LENGTH = 12;

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

type Kind = 'letter' | 'digit' | 'space' | 'other';
function kindOf(ch: string): Kind {
  if (LETTER.test(ch)) return 'letter';
  if (DIGIT.test(ch)) return 'digit';
  return /\s/u.test(ch) ? 'space' : 'other';
}

/** Splits into runs of one kind of character. */
function runs(text: string): { kind: Kind; text: string }[] {
  const out: { kind: Kind; text: string }[] = [];
  for (const ch of text) {
    const kind = kindOf(ch);
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += ch;
    else out.push({ kind, text: ch });
  }
  return out;
}

const SEQUENCE_GUESSES_LOG10 = 2.5;
const COMMON_GUESSES_LOG10 = Math.log10(COMMON_PASSPHRASES.length * 4);

function isSequence(s: string): boolean {
  if ([...s].length < 3) return false;
  return SEQUENCES.some((seq) => seq.includes(s) || [...seq].reverse().join('').includes(s));
}

/** The smallest unit the text repeats ('abab' → 'ab'), or null if it does not repeat. */
function repeatedUnit(s: string): string | null {
  const chars = [...s];
  for (let n = 1; n <= chars.length / 2; n++) {
    if (chars.length % n !== 0) continue;
    const unit = chars.slice(0, n).join('');
    if (unit.repeat(chars.length / n) === s) return unit;
  }
  return null;
}

/** Pieces of the person's name and agency a guesser would try (three letters or more). */
function personalWords(personal: readonly string[]): string[] {
  return personal.flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{Nd}]+/u)).filter((w) => [...w].length >= 3);
}

type Counted = { log10: number; weaknesses: Weakness['code'][] };

/** Letters: common words, the person's words, runs and repeats count little; the rest ~10 each. */
function countLetters(run: string, personal: readonly string[]): Counted {
  const lower = run.toLowerCase();
  const caseBonus =
    lower === run ? 0 : run === run.toUpperCase() || run.slice(1) === lower.slice(1) ? 0.3 : 0.6;
  const found: Weakness['code'][] = [];
  let rest = lower;
  let log10 = 0;
  const take = (word: string, cost: number, code: Weakness['code']) => {
    if (word.length < 3 || !rest.includes(word)) return;
    rest = rest.split(word).join(' ');
    log10 += cost;
    found.push(code);
  };
  for (const w of personal) take(w, 0.5, 'name');
  for (const w of [...COMMON_PASSPHRASES].sort((a, b) => b.length - a.length))
    if (w.length >= 4) take(w, COMMON_GUESSES_LOG10, 'common');
  for (const piece of rest.split(' ').filter(Boolean)) {
    const unit = repeatedUnit(piece);
    if (isSequence(piece)) {
      log10 += SEQUENCE_GUESSES_LOG10;
      found.push('sequence');
    } else if (unit !== null) {
      log10 += [...unit].length + Math.log10([...piece].length);
      found.push('repeated');
    } else {
      log10 += [...piece].length;
    }
  }
  return { log10: log10 + caseBonus, weaknesses: found };
}

const YEAR = /^(19|20)\d\d$/;
const DATE = /^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((19|20)?\d\d)$/;

function countDigits(run: string): Counted {
  if (YEAR.test(run) || DATE.test(run)) return { log10: run.length === 4 ? 2 : 4.5, weaknesses: ['date'] };
  if (isSequence(run)) return { log10: 1.5, weaknesses: ['sequence'] };
  const unit = repeatedUnit(run);
  if (unit !== null) return { log10: unit.length + Math.log10(run.length), weaknesses: ['repeated'] };
  return { log10: run.length, weaknesses: [] };
}

/** Dates written with separators (01.03.1990, 1990-03-01) are found across runs. */
const SEPARATED_DATE = /(\d{1,2}[./-]\d{1,2}[./-]\d{2,4})|(\d{4}[./-]\d{1,2}[./-]\d{1,2})/;

function crackTimeOf(log10: number): CrackTime {
  const seconds = 10 ** log10 / GUESSES_PER_SECOND;
  const steps: [Exclude<CrackTime['unit'], 'instant' | 'centuries'>, number][] = [
    ['years', 365.25 * 86_400],
    ['months', 30.44 * 86_400],
    ['days', 86_400],
    ['hours', 3_600],
    ['minutes', 60],
  ];
  if (seconds >= 100 * 365.25 * 86_400) return { unit: 'centuries' };
  for (const [unit, size] of steps) {
    if (seconds >= size) return { unit, count: Math.floor(seconds / size) };
  }
  return { unit: 'instant' };
}

function levelOf(log10: number): StrengthLevel {
  if (log10 >= 14) return 'very-strong';
  if (log10 >= 12) return 'strong';
  if (log10 >= MIN_ACCEPTED_LOG10) return 'fair';
  if (log10 >= 6) return 'weak';
  return 'very-weak';
}

/**
 * The strength of `passphrase`, given words a guesser would try first because they are about
 * its owner (their name, the agency's name).
 */
export function passphraseStrength(passphrase: string, personal: readonly string[] = []): Strength {
  const text = passphrase.normalize('NFC');
  const length = [...text].length;
  const words = personalWords(personal);
  const codes = new Set<Weakness['code']>();
  let log10 = 0;
  const whole = text.toLowerCase().trim();
  if (COMMON_PASSPHRASES.includes(whole)) {
    log10 = COMMON_GUESSES_LOG10;
    codes.add('common');
  } else {
    for (const run of runs(text)) {
      let counted: Counted;
      switch (run.kind) {
        case 'letter':
          counted = countLetters(run.text, words);
          break;
        case 'digit':
          counted = countDigits(run.text);
          break;
        case 'space':
          // Spaces between words are expected: they add almost nothing.
          counted = { log10: 0.2, weaknesses: [] };
          break;
        case 'other':
          counted = { log10: 1.3 * [...run.text].length, weaknesses: [] };
          break;
      }
      log10 += counted.log10;
      counted.weaknesses.forEach((c) => codes.add(c));
    }
    if (SEPARATED_DATE.test(text)) codes.add('date');
  }
  if (length > 0 && /^\p{Nd}+$/u.test(text)) codes.add('digits-only');
  const weaknesses: Weakness[] = [];
  if (length < SUGGESTED_LENGTH) weaknesses.push({ code: 'short', length, suggested: SUGGESTED_LENGTH });
  for (const code of ['common', 'name', 'sequence', 'repeated', 'date', 'digits-only'] as const)
    if (codes.has(code)) weaknesses.push({ code });
  const rounded = Math.round(log10 * 10) / 10;
  return {
    level: levelOf(rounded),
    log10: rounded,
    crackTime: crackTimeOf(rounded),
    weaknesses,
    accepted: rounded >= MIN_ACCEPTED_LOG10 && length <= MAX_PASSPHRASE,
  };
}
