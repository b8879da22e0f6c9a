import { useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  ENTRY_FIELDS,
  ENTRY_KIND_GROUPS,
  type EntryKind,
  type FieldSpec,
} from '../../../shared/domain/entryKinds';
import type { AgencyRef } from '../../../shared/domain/agencies';
import {
  BASIS_KINDS,
  CONFIDENTIALITY_LEVELS,
  type Entry,
  type EntryDraft,
} from '../../../shared/domain/types';
import type { CaseId } from '../../../shared/ids';
import { machineOffset, now } from '../../app/clock';
import { takeKeptDraft, useKeptDraft } from '../../app/keptDrafts';
import type { Actor } from '../../db/audit';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import {
  correctionForm,
  defaultFields,
  MAX_NARRATIVE,
  newEntryForm,
  validateEntryForm,
  type EntryFormErrors,
  type EntryFormState,
} from './entryForm';
import { KindFields, type RefOption } from './KindFields';

type Props = {
  readonly caseId: CaseId;
  readonly actor: Actor;
  /** Agencies known on this case, offered for "named agencies only". */
  readonly agencies: readonly AgencyRef[];
  /** Entry being corrected or voided; null for a new entry. */
  readonly target: Entry | null;
  readonly mode: 'new' | 'correct' | 'void';
  readonly initialKind?: EntryKind;
  readonly refOptions: (spec: Extract<FieldSpec, { type: 'entry-ref' }>) => readonly RefOption[];
  readonly onSave: (draft: EntryDraft) => Promise<void>;
  readonly onClose: () => void;
};

/** New entry, correction or void. Ctrl+Enter saves; Escape asks before discarding typed text. */
export function EntryDialog({
  caseId,
  actor,
  agencies,
  target,
  mode,
  initialKind,
  refOptions,
  onSave,
  onClose,
}: Props) {
  const { t } = useI18n();
  const [initial] = useState<EntryFormState>(() =>
    target ? correctionForm(target) : newEntryForm(initialKind ?? 'note', now().instant),
  );
  // What was typed when the app locked comes back after unlock (app/keptDrafts.ts).
  const draftKey = `entry-form:${caseId}:${mode}:${target?.id ?? ''}`;
  const [form, setForm] = useState<EntryFormState>(() => takeKeptDraft<EntryFormState>(draftKey) ?? initial);
  useKeptDraft(draftKey, () => form);
  const [errors, setErrors] = useState<EntryFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const set = (patch: Partial<EntryFormState>) => setForm((f) => ({ ...f, ...patch }));
  const err = (name: string) => {
    const e = errors[name];
    return e ? t(e.key, e.params) : null;
  };
  const dirty = form !== initial;
  const requestClose = () => (dirty && !confirmDiscard ? setConfirmDiscard(true) : onClose());

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (saving) return;
    const clock = now();
    const checked = validateEntryForm(form, {
      caseId,
      actor,
      nowMs: clock.ms,
      zone: machineOffset,
      correcting: target,
      voiding: mode === 'void',
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    setFailed(false);
    try {
      await onSave(checked.draft);
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
        onSubmit={(e) => void submit(e)}
        onKeyDown={onKeyDown}
        noValidate
        className="entry-form"
        autoComplete="off"
      >
        {readOnly && <p className="muted">{t('entry.voidExplain')}</p>}
        {!readOnly && (
          <>
            <div className="form-row">
              <Field label={t('entry.kind')}>
                <select
                  value={form.kind}
                  disabled={mode !== 'new'}
                  onChange={(e) => {
                    const kind = e.target.value as EntryKind;
                    set({ kind, fields: defaultFields(kind) });
                  }}
                  autoFocus={mode === 'new'}
                >
                  {ENTRY_KIND_GROUPS.map((g) => (
                    <optgroup key={g.id} label={t(`entry.group.${g.id}` as MessageKey)}>
                      {g.kinds
                        .filter((k) => k !== 'risk-assessment')
                        .map((k) => (
                          <option key={k} value={k}>
                            {t(`kind.${k}`)}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              </Field>
              <Field label={t('entry.occurredDate')} error={err('date')}>
                <input type="date" value={form.date} onChange={(e) => set({ date: e.target.value })} />
              </Field>
              <Field label={t('entry.occurredTime')} error={err('time')}>
                <input type="time" value={form.time} onChange={(e) => set({ time: e.target.value })} />
              </Field>
            </div>
            <KindFields
              specs={ENTRY_FIELDS[form.kind]}
              values={form.fields}
              errors={errors}
              refOptions={refOptions}
              onChange={(key, value) => {
                const fields = { ...form.fields };
                if (value === undefined) delete fields[key];
                else fields[key] = value;
                set({ fields });
              }}
            />
            <Field label={t('entry.narrative')} error={err('narrative')}>
              <textarea
                value={form.narrative}
                maxLength={MAX_NARRATIVE}
                onChange={(e) => set({ narrative: e.target.value })}
              />
            </Field>
            <div className="form-row">
              <fieldset className="radios">
                <legend>{t('entry.basis')}</legend>
                {BASIS_KINDS.map((b) => (
                  <label key={b} className="check">
                    <input
                      type="radio"
                      name="basis"
                      checked={form.basis === b}
                      onChange={() => set({ basis: b })}
                    />
                    {t(`entry.basis.${b}`)}
                  </label>
                ))}
                {form.basis === 'reported' && (
                  <Field label={t('entry.reportedBy')} error={err('reportedBy')}>
                    <input value={form.reportedBy} onChange={(e) => set({ reportedBy: e.target.value })} />
                  </Field>
                )}
              </fieldset>
              <fieldset className="radios">
                <legend>{t('entry.confidentiality')}</legend>
                {CONFIDENTIALITY_LEVELS.map((c) => (
                  <label key={c} className="check">
                    <input
                      type="radio"
                      name="confidentiality"
                      checked={form.confidentiality === c}
                      onChange={() => set({ confidentiality: c })}
                    />
                    {t(`entry.conf.${c}`)}
                  </label>
                ))}
                {form.confidentiality === 'restricted' && (
                  <fieldset className="checks">
                    <legend>{t('entry.restrictedTo')}</legend>
                    {agencies
                      .filter((a) => a.id !== actor.agency.id)
                      .map((a) => (
                        <label key={a.id} className="check">
                          <input
                            type="checkbox"
                            checked={form.restrictedTo.some((r) => r.id === a.id)}
                            onChange={(e) =>
                              set({
                                restrictedTo: e.target.checked
                                  ? [...form.restrictedTo, a]
                                  : form.restrictedTo.filter((r) => r.id !== a.id),
                              })
                            }
                          />
                          {a.name}
                        </label>
                      ))}
                    {err('restrictedTo') && (
                      <span className="field-error" role="alert">
                        {err('restrictedTo')}
                      </span>
                    )}
                  </fieldset>
                )}
              </fieldset>
            </div>
            <Field
              label={t('entry.sourceAgency')}
              hint={t('entry.sourceAgencyHint')}
              error={err('sourceAgency')}
            >
              <input value={form.sourceAgency} onChange={(e) => set({ sourceAgency: e.target.value })} />
            </Field>
          </>
        )}
        {mode !== 'new' && (
          <Field label={t('entry.reason')} error={err('reason')}>
            <input value={form.reason} onChange={(e) => set({ reason: e.target.value })} autoFocus />
          </Field>
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
          <button type="submit" className={mode === 'void' ? 'danger' : 'primary'} disabled={saving}>
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
