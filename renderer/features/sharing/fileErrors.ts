/**
 * A file's error, warning or refusal in the user's language: what is wrong, then where (the
 * entry's number, the path in the file) for whoever has to look at the file.
 */
import { calendarDateOf, formatDate } from '../../../shared/dates';
import type { FileError, FileWarning } from '../../../shared/bundle';
import type { BuildError } from '../../../shared/bundle/build';
import type { ReceiveProblem } from '../../../shared/bundle/incoming';
import { assertNever } from '../../../shared/result';
import type { Translate } from '../../i18n/i18n';
import type { OpenProblem } from './pendingFile';
import type { Refusal } from './receiveFlow';

/** What is wrong with the file, in one sentence or two. */
export function fileErrorText(error: FileError | BuildError, t: Translate): string {
  switch (error.code) {
    case 'too-large':
      return t('bundleError.too-large', { size: error.size, max: error.max });
    case 'not-json':
    case 'truncated':
    case 'needs-passphrase':
    case 'wrong-passphrase':
    case 'damaged':
    case 'bad-text':
    case 'bad-id':
    case 'bad-date':
    case 'wrong-case':
    case 'duplicate-id':
    case 'dangling-reference':
    case 'dangling-person':
    case 'missing-signature':
    case 'bad-public-key':
    case 'fingerprint-mismatch':
    case 'hash-mismatch':
    case 'key-mismatch':
      return t(`bundleError.${error.code}`);
    case 'not-a-bundle':
      return t(`bundleError.not-a-bundle.${error.found}`);
    case 'not-a-partner-card':
      return t(`bundleError.not-a-partner-card.${error.found}`);
    case 'newer-version':
      return t('bundleError.newer-version', { version: error.version, supported: error.supported });
    case 'unsupported-version':
      return t('bundleError.unsupported-version', { version: error.version });
    case 'kdf-rejected':
      return t('bundleError.kdf-rejected', { iterations: error.iterations, min: error.min, max: error.max });
    case 'unknown-field':
    case 'missing-field':
      return t(`bundleError.${error.code}`, { field: error.field });
    case 'forbidden-key':
      return t('bundleError.forbidden-key', { key: error.key });
    case 'wrong-type':
    case 'invalid-value':
      return t(`bundleError.${error.code}`, { expected: error.expected });
    case 'string-too-long':
      return t('bundleError.string-too-long', { length: error.length, max: error.max });
    case 'too-many':
      return t('bundleError.too-many', { count: error.count, max: error.max });
    case 'too-few':
      return t('bundleError.too-few', { min: error.min });
    case 'out-of-range':
    case 'date-out-of-range':
      return t(`bundleError.${error.code}`, { min: error.min, max: error.max });
    case 'unknown-kind':
      return t('bundleError.unknown-kind', { kind: error.kind });
    case 'bad-reference':
      return t(`bundleError.bad-reference.${error.problem}`);
    case 'not-for-recipients':
      return t(`bundleError.not-for-recipients.${error.level}`);
    case 'bad-signature':
      return t(`bundleError.bad-signature.${error.part}`);
    case 'internal':
    case 'signer-failed':
      return t(`bundleError.${error.code}`, { message: error.message });
    default:
      return assertNever(error);
  }
}

/** Where in the file the error is, for whoever looks at the file; '' when it is the whole file. */
export function fileErrorWhere(error: FileError | BuildError, t: Translate): string {
  if (!('path' in error) || error.path === '') return '';
  const entry = /^body\.entries\[(\d+)\]/.exec(error.path);
  const where = t('bundleError.where', { path: error.path });
  return entry ? `${t('bundleError.inEntry', { n: Number(entry[1]) + 1 })} ${where}` : where;
}

export function warningText(warning: FileWarning, t: Translate): string {
  switch (warning.code) {
    case 'unencrypted':
    case 'recipients-not-named':
      return t(`bundleWarning.${warning.code}`);
    case 'migrated':
      return t('bundleWarning.migrated', { from: warning.from });
    case 'clock-ahead':
      return t('bundleWarning.clock-ahead', { at: warning.at });
    default:
      return assertNever(warning);
  }
}

export function problemText(problem: ReceiveProblem, t: Translate): string {
  switch (problem.code) {
    case 'not-addressed':
      return t('receiveProblem.not-addressed', {
        agencies: problem.recipients.map((r) => r.name).join(', '),
      });
    case 'not-for-this-agency':
    case 'must-not-receive':
      return t(`receiveProblem.${problem.code}`);
    case 'foreign-correction':
      return t('receiveProblem.foreign-correction', { owner: problem.owner.name, by: problem.by.name });
    default:
      return assertNever(problem);
  }
}

/** Why a file was not taken in: the sentence, and where in the file when that helps. */
export function refusalText(
  refusal: Refusal,
  t: Translate,
  lang: Parameters<typeof formatDate>[1],
): { readonly text: string; readonly where: string } {
  switch (refusal.kind) {
    case 'file':
      return { text: fileErrorText(refusal.error, t), where: fileErrorWhere(refusal.error, t) };
    case 'problem':
      return { text: problemText(refusal.problem, t), where: '' };
    case 'refused-key': {
      const key = refusal.partner.refusedKeys.find(
        (k) => k.fingerprint === refusal.bundle.sender.fingerprint,
      );
      const date = key ? formatDate(calendarDateOf(key.decidedAt), lang) : '';
      return {
        text: t('receiveProblem.refused-key', { agency: refusal.partner.agency.name, date }),
        where: '',
      };
    }
    default:
      return assertNever(refusal);
  }
}

/** What the Exchange page says about a file chosen or dropped that was not read at all. */
export function openProblemText(problem: OpenProblem, t: Translate): string {
  switch (problem.kind) {
    case 'too-large':
      return t('exchange.openFailed', {
        message: `${problem.name}: ${t('bundleError.too-large', { size: problem.size, max: problem.max })}`,
      });
    case 'unopened':
      return t('exchange.openFailed', { message: problem.message });
    default:
      return assertNever(problem);
  }
}
