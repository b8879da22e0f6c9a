/**
 * What the domain validators return: keyed problems for a form to show next to the field they
 * concern, with a message key from the catalogues and its numeric parameters. Nothing here
 * throws: bad input gets a problem, never a crash.
 */

/** Every message key a validator in shared/domain may return (texts in the catalogues). */
export const RULE_MESSAGE_KEYS = [
  // Reused keys that the catalogues already hold.
  'entry.err.required',
  'entry.err.date',
  'entry.err.number',
  'entry.err.future',
  'entry.err.tooLong',
  'risk.overrideReasonRequired',
  // Dates.
  'rules.err.tooEarly',
  'rules.err.tooFarAhead',
  'rules.err.beforeEntry',
  'rules.err.endInFuture',
  'rules.err.endBeforeStart',
  // Measures.
  'rules.err.termRequired',
  'rules.err.personNotOnCase',
  'rules.err.underAge',
  'rules.warn.ageUnknown',
  'rules.err.unknownEntry',
  'rules.err.servedBeforeIssued',
  'rules.err.notInForce',
  'rules.err.noSchedule',
  'rules.err.notScheduled',
  // Shelter.
  'rules.err.exitBeforeAdmission',
  // Risk.
  'risk.err.unanswered',
  'risk.err.lowerReason',
  'risk.err.unknownCannotLower',
  // IIN.
  'iin.err.format',
  'iin.err.century',
  'iin.err.birthDate',
  'iin.err.checkDigit',
  'iin.warn.birthDateMismatch',
] as const;
export type RuleMessageKey = (typeof RULE_MESSAGE_KEYS)[number];

/**
 * One problem. `field` names the form field: 'date' (the entry's own date and time), 'field.<key>'
 * for a kind-specific field, 'q.<factor>', 'overrideReason' or 'lowerReason' in the risk form.
 * An error stops the save; a warning is shown and the user may save.
 */
export type Problem = {
  readonly field: string;
  readonly key: RuleMessageKey;
  readonly params?: Readonly<Record<string, number>>;
  readonly severity: 'error' | 'warning';
};

export function error(
  field: string,
  key: RuleMessageKey,
  params?: Readonly<Record<string, number>>,
): Problem {
  return params ? { field, key, params, severity: 'error' } : { field, key, severity: 'error' };
}

export function warning(
  field: string,
  key: RuleMessageKey,
  params?: Readonly<Record<string, number>>,
): Problem {
  return params ? { field, key, params, severity: 'warning' } : { field, key, severity: 'warning' };
}

/** True when no problem stops the save. */
export function canSave(problems: readonly Problem[]): boolean {
  return problems.every((p) => p.severity !== 'error');
}
