import { useCallback, useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { EntryKind, FieldKey } from '../../../shared/domain/entryKinds';
import type { EffectiveEntry } from '../../../shared/domain/timeline';
import type { Entry, FieldValue, Person } from '../../../shared/domain/types';
import type { CaseId } from '../../../shared/ids';
import { assertNever } from '../../../shared/result';
import { machineOffset, now } from '../../app/clock';
import { takeKeptDraft, useKeptDraft } from '../../app/keptDrafts';
import type { Actor } from '../../db/audit';
import type { DraftToSave } from '../../db/writeEntries';
import { useI18n, type Translate } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { EntryField } from '../../ui/entry/EntryField';
import { problemsByField, type FormProblem } from '../../ui/entry/textChecks';
import { WhenFields } from '../../ui/entry/WhenFields';
import { useSession } from '../session';
import { EntryMeta } from './EntryMeta';
import {
  checkEntryForm,
  correctionForm,
  MAX_NARRATIVE,
  newEntryForm,
  refusalOf,
  withDate,
  withKind,
  type DefaultsContext,
  type EntryFormState,
} from './entryForm';
import type { AssessmentRefusal } from './assessmentChanges';
import { COMMON_KIND } from './kindChoices';
import { KindFields, type RefOption, type RefSpec } from './KindFields';
import { KindPicker } from './KindPicker';
import { NarrativeField } from './NarrativeField';
import { ServeTogether } from './ServeTogether';

/** A new entry started from a quick action: its kind and the fields it fills in. */
export type EntryPreset = {
  readonly kind: EntryKind;
  readonly fields?: Readonly<Record<string, FieldValue>>;
};

type Props = {
  readonly caseId: CaseId;
  readonly actor: Actor;
  /** Agencies known on this case, offered for "named agencies only". */
  readonly agencies: readonly AgencyRef[];
  /** Entry being corrected or voided; null for a new entry. */
  readonly target: Entry | null;
  readonly mode: 'new' | 'correct' | 'void';
  readonly preset?: EntryPreset;
  readonly persons: readonly Person[];
  /** The case's entries now (current versions), for the rules. */
  readonly effective: readonly EffectiveEntry[];
  readonly refOptions: (kind: EntryKind, spec: RefSpec) => readonly RefOption[];
  /** The earlier entries a new entry most likely names: the only one is chosen for the user. */
  readonly likelyRefs: (kind: EntryKind, key: FieldKey) => readonly string[];
  /** Kinds recorded lately on this desktop, newest first. */
  readonly recentKinds: readonly EntryKind[];
  readonly onSave: (drafts: readonly DraftToSave[]) => Promise<void>;
  /** Told once the save went through, before the dialog closes. */
  readonly onSaved: (kind: EntryKind) => void;
  readonly onClose: () => void;
};

/** Messages that belong to the text as it is typed: shown at once, not only after a save. */
const LIVE_KEYS = new Set(['entryForm.err.tooLongBy', 'entryForm.err.invisible']);

/**
 * New entry, correction or void. The kind picker takes type-ahead; date and time default to now
 * and take one Tab stop each; the kind's fields follow in the table's order. Ctrl+Enter saves
 * from anywhere in the dialog; a refused save moves focus to the first field to fix. Escape asks
 * before discarding typed text.
 */
export function EntryDialog(props: Props) {
  const {
    caseId,
    actor,
    target,
    mode,
    persons,
    effective,
    refOptions,
    likelyRefs,
    onSave,
    onSaved,
    onClose,
  } = props;
  const { t } = useI18n();
  const { may } = useSession();
  const mayLowerRisk = may('risk-lower');
  const [formEl, setFormEl] = useState<HTMLFormElement | null>(null);
  const defaults: DefaultsContext = useMemo(
    () => ({ persons, agencyKind: actor.agency.kind, refChoices: likelyRefs }),
    [persons, actor.agency.kind, likelyRefs],
  );
  const [initial] = useState<EntryFormState>(() => {
    if (target) return correctionForm(target);
    const kind = props.preset?.kind ?? COMMON_KIND[actor.agency.kind];
    const fresh = newEntryForm(kind, now().instant, defaults);
    return props.preset?.fields ? { ...fresh, fields: { ...fresh.fields, ...props.preset.fields } } : fresh;
  });
  // What was typed when the app locked comes back after unlock (app/keptDrafts.ts).
  const draftKey = `entry-form:${caseId}:${mode}:${target?.id ?? ''}`;
  const [form, setForm] = useState<EntryFormState>(() => takeKeptDraft<EntryFormState>(draftKey) ?? initial);
  useKeptDraft(draftKey, () => form);
  const [attempted, setAttempted] = useState(0);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const set = useCallback((patch: Partial<EntryFormState>) => setForm((f) => ({ ...f, ...patch })), []);
  const setField = useCallback(
    (key: FieldKey, value: FieldValue | undefined) =>
      setForm((f) => {
        const fields = { ...f.fields };
        if (value === undefined) delete fields[key];
        else fields[key] = value;
        return { ...f, fields };
      }),
    [],
  );
  const setKind = useCallback((kind: EntryKind) => setForm((f) => withKind(f, kind, defaults)), [defaults]);
  const setDate = useCallback((date: string) => setForm((f) => withDate(f, date)), []);
  const setTime = useCallback((time: string) => set({ time }), [set]);
  const setNarrative = useCallback((narrative: string) => set({ narrative }), [set]);

  const context = useCallback(() => {
    const clock = now();
    return {
      caseId,
      actor,
      nowMs: clock.ms,
      today: clock.today,
      zone: machineOffset,
      correcting: target,
      voiding: mode === 'void',
      mayLowerRisk,
      effective,
      persons,
    };
  }, [caseId, actor, target, mode, mayLowerRisk, effective, persons]);

  // Checked on a deferred copy of the form, so typing never waits for the rules.
  const deferred = useDeferredValue(form);
  const check = useMemo(() => checkEntryForm(deferred, context()), [deferred, context]);
  const shown: FormProblem[] = check.problems.filter(
    (p) => attempted > 0 || p.severity === 'warning' || LIVE_KEYS.has(p.key),
  );
  const byField = useMemo(() => problemsByField(shown), [shown]);
  // A change to a risk assessment this form may not make is said at once, and not offered.
  const refusal = useMemo(() => refusalOf(form, context()), [form, context]);
  const errorCount =
    attempted > 0 ? new Set(shown.filter((p) => p.severity === 'error').map((p) => p.field)).size : 0;

  useEffect(() => {
    if (attempted === 0) return;
    const first = formEl?.querySelector<HTMLElement>(
      '.field-invalid :is(input, select, textarea, [tabindex="0"]), fieldset:has(.field-error) input',
    );
    first?.focus();
  }, [attempted, formEl]);

  const dirty = form !== initial;
  const requestClose = () => (dirty && !confirmDiscard ? setConfirmDiscard(true) : onClose());

  const submit = async () => {
    if (saving || refusal) return;
    const result = checkEntryForm(form, context());
    if (result.drafts === null) {
      setAttempted((n) => n + 1);
      return;
    }
    setSaving(true);
    setFailed(false);
    try {
      await onSave(result.drafts);
      onSaved(form.kind);
      onClose();
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  const title =
    mode === 'void'
      ? t('entry.voidTitle')
      : mode === 'correct'
        ? t('entry.correctTitle')
        : t('entry.newTitle');
  const readOnly = mode === 'void';

  return (
    <Dialog title={title} onClose={requestClose} wide={!readOnly}>
      <form
        ref={setFormEl}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDownCapture={onKeyDown}
        noValidate
        className="entry-form"
        autoComplete="off"
      >
        {readOnly && <p className="muted">{t('entry.voidExplain')}</p>}
        {refusal && (
          <p className="form-error" role="alert">
            {refusalText(refusal, t)}
          </p>
        )}
        {props.preset && <p className="muted small">{t('entryForm.prefilled')}</p>}
        {!readOnly && (
          <>
            <div className="form-grid when-row">
              <KindPicker
                value={form.kind}
                onChange={setKind}
                recent={props.recentKinds}
                autoFocus={mode === 'new'}
                isDisabled={mode !== 'new'}
                portal={formEl}
              />
              <WhenFields
                date={form.date}
                time={form.time}
                onDate={setDate}
                onTime={setTime}
                dateLabel={t('entry.occurredDate')}
                timeLabel={t('entry.occurredTime')}
                dateProblems={byField.get('date')}
                timeProblems={byField.get('time')}
                note={check.timeNote}
              />
            </div>
            <KindFields
              kind={form.kind}
              values={form.fields}
              problems={byField}
              persons={persons}
              refOptions={refOptions}
              onChange={setField}
            />
            {form.kind === 'order-issued' && mode === 'new' && (
              <ServeTogether
                checked={form.servedTogether}
                date={form.servedDate}
                time={form.servedTime}
                problems={byField.get('servedAt')}
                onChange={set}
              />
            )}
            <NarrativeField
              value={form.narrative}
              max={MAX_NARRATIVE}
              onChange={setNarrative}
              problems={byField.get('narrative') ?? []}
            />
            <EntryMeta
              basis={form.basis}
              reportedBy={form.reportedBy}
              confidentiality={form.confidentiality}
              restrictedTo={form.restrictedTo}
              sourceAgency={form.sourceAgency}
              agencies={props.agencies.filter((a) => a.id !== actor.agency.id)}
              problems={byField}
              onChange={set}
            />
          </>
        )}
        {mode !== 'new' && (
          <EntryField label={t('entry.reason')} problems={byField.get('reason')}>
            <input value={form.reason} onChange={(e) => set({ reason: e.target.value })} autoFocus />
          </EntryField>
        )}
        {errorCount > 0 && (
          <p className="form-error" role="alert">
            {t('entryForm.fixBeforeSaving', { count: errorCount })}
          </p>
        )}
        {failed && (
          <p className="form-error" role="alert">
            {t('entry.saveFailed')}
          </p>
        )}
        {confirmDiscard && (
          <p className="form-error" role="alert">
            {t('entry.discardConfirm')}{' '}
            <button type="button" className="link" onClick={onClose}>
              {t('entry.discard')}
            </button>
          </p>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className={mode === 'void' ? 'danger' : 'primary'}
            disabled={saving || refusal !== null}
          >
            {saving ? t('common.saving') : mode === 'void' ? t('timeline.void') : t('entry.save')}
          </button>
          <button type="button" onClick={requestClose}>
            {t('common.cancel')}
          </button>
          <span className="muted">{t('entry.saveHint')}</span>
        </div>
      </form>
    </Dialog>
  );
}

/** What the person is told when the form refuses a change to a risk assessment. */
function refusalText(r: AssessmentRefusal, t: Translate): string {
  switch (r.kind) {
    case 'not-corrected':
      return t('timeline.err.assessmentNotCorrected');
    case 'void-lowers': {
      const from = t(`risk.level.${r.from}`);
      return r.to === null
        ? t('timeline.voidLeavesNoRisk', { from })
        : t('timeline.voidLowersRisk', { from, to: t(`risk.level.${r.to}`) });
    }
    default:
      return assertNever(r);
  }
}
