/**
 * What a form says about typed text before it is saved: too long (by how much, never cut), and
 * invisible control characters (named, with the choice to remove them). Shared by the entry
 * form and the risk assessment, so both refuse the same things with the same words.
 */
import { invisibleChars } from '../../../shared/text';
import type { MessageKey } from '../../i18n/catalogue';

/** A problem of one form field, with the message that says it. */
export type FormProblem = {
  /** 'date', 'time', 'narrative', 'field.<key>', 'reason', 'q.<factor>'… */
  readonly field: string;
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, number>>;
  readonly severity: 'error' | 'warning';
  /** For invisible characters: their code points ('U+202E'), each once, in order of appearance. */
  readonly codePoints?: readonly string[];
};

/**
 * Problems of one text value: more than `max` characters ('N characters too long'), or
 * invisible control characters. Empty when the text may be saved.
 */
export function textProblems(field: string, text: string, max: number): FormProblem[] {
  const out: FormProblem[] = [];
  if (text.length > max)
    out.push({
      field,
      key: 'entryForm.err.tooLongBy',
      params: { count: text.length - max, max },
      severity: 'error',
    });
  const chars = invisibleChars(text);
  if (chars.length > 0)
    out.push({
      field,
      key: 'entryForm.err.invisible',
      severity: 'error',
      codePoints: [...new Set(chars.map((c) => c.codePoint))],
    });
  return out;
}

/** Kinds of invisible character, for naming them to a user. */
export type InvisibleKind = 'null' | 'direction' | 'zero-width' | 'control';

/** What kind of invisible character a code point ('U+202E') is. */
export function invisibleKind(codePoint: string): InvisibleKind {
  const n = Number.parseInt(codePoint.slice(2), 16);
  if (n === 0) return 'null';
  if ((n >= 0x202a && n <= 0x202e) || (n >= 0x2066 && n <= 0x2069) || n === 0x200e || n === 0x200f)
    return 'direction';
  if (n === 0xfeff) return 'zero-width';
  return 'control';
}

/** The first error of each field, then its warnings: what a form shows next to the field. */
export function problemsByField(problems: readonly FormProblem[]): Map<string, FormProblem[]> {
  const out = new Map<string, FormProblem[]>();
  for (const p of problems) {
    const list = out.get(p.field) ?? [];
    if (list.some((q) => q.key === p.key)) continue;
    if (p.severity === 'error' && list.some((q) => q.severity === 'error')) continue;
    list.push(p);
    out.set(p.field, list);
  }
  return out;
}

/** True when no problem stops the save. */
export function noErrors(problems: readonly FormProblem[]): boolean {
  return problems.every((p) => p.severity !== 'error');
}
