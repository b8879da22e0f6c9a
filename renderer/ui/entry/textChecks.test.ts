import { describe, expect, it } from 'vitest';
import { invisibleKind, noErrors, problemsByField, textProblems, type FormProblem } from './textChecks';

describe('text checks', () => {
  it('say by how much a text is too long, at the limit and one over', () => {
    expect(textProblems('f', 'abc', 3)).toEqual([]);
    expect(textProblems('f', 'abcd', 3)).toEqual([
      { field: 'f', key: 'entryForm.err.tooLongBy', params: { count: 1, max: 3 }, severity: 'error' },
    ]);
  });

  it('name every kind of invisible character once, in order', () => {
    const [p] = textProblems('f', 'a\u0000b\u202Ec\u0000\uFEFF\u0007', 100);
    expect(p?.codePoints).toEqual(['U+0000', 'U+202E', 'U+FEFF', 'U+0007']);
    expect(['U+0000', 'U+202E', 'U+2067', 'U+200F', 'U+FEFF', 'U+0007'].map(invisibleKind)).toEqual([
      'null',
      'direction',
      'direction',
      'direction',
      'zero-width',
      'control',
    ]);
    // Tabs and line breaks are ordinary text.
    expect(textProblems('f', 'a\tb\r\nc', 100)).toEqual([]);
  });

  it('keep one error per field, and its warnings', () => {
    const e = (key: FormProblem['key'], severity: FormProblem['severity'] = 'error'): FormProblem => ({
      field: 'x',
      key,
      severity,
    });
    const map = problemsByField([
      e('entry.err.required'),
      e('entry.err.date'),
      e('rules.warn.ageUnknown', 'warning'),
    ]);
    expect(map.get('x')?.map((p) => p.key)).toEqual(['entry.err.required', 'rules.warn.ageUnknown']);
    expect(noErrors([e('rules.warn.ageUnknown', 'warning')])).toBe(true);
    expect(noErrors([e('entry.err.date')])).toBe(false);
  });
});
