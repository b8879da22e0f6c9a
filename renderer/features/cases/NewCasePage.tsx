import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { takeKeptDraft, useKeptDraft } from '../../app/keptDrafts';
import { navigate } from '../../app/router';
import { now } from '../../app/clock';
import { useActor } from '../../app/actor';
import { createCase, ReferenceTakenError, suggestReference } from '../../db/caseRepo';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { blankPerson, validateCaseForm, type CaseFormErrors, type PersonDraft } from './caseForm';
import { PersonList } from './PersonList';

const NO_ERRORS: CaseFormErrors = { person: {} };

/** What the form holds when the app locks, given back after unlock (app/keptDrafts.ts). */
type KeptCaseForm = {
  readonly reference: string;
  readonly persons: readonly PersonDraft[];
  readonly nextKey: number;
};

const DRAFT_KEY = 'new-case-form';

/** A new case: a reference and the people in it. */
export function NewCasePage() {
  const { t } = useI18n();
  const actor = useActor();
  // What was typed when the app locked comes back after unlock, rows and all.
  const [kept] = useState(() => takeKeptDraft<KeptCaseForm>(DRAFT_KEY));
  const [reference, setReference] = useState(kept?.reference ?? '');
  const nextKey = useRef(kept?.nextKey ?? 3);
  // The rows, as first added; each row keeps its own values while typed into (PersonFields)
  // and reports them here, so a keystroke renders one row, not the whole form.
  const [rows, setRows] = useState<PersonDraft[]>(() =>
    kept ? [...kept.persons] : [blankPerson(1, 'victim'), blankPerson(2, 'harm-causer')],
  );
  const values = useRef(new Map<number, PersonDraft>(rows.map((r) => [r.key, r])));
  // Kept only once something was typed, added or removed: an untouched form is nothing to keep.
  const touched = useRef(kept !== null);
  useKeptDraft(DRAFT_KEY, () =>
    touched.current
      ? { reference, persons: rows.map((r) => values.current.get(r.key) ?? r), nextKey: nextKey.current }
      : null,
  );
  const [focusKey, setFocusKey] = useState<number | null>(1);
  const [scrollTo, setScrollTo] = useState<{ index: number; at: number } | null>(null);
  const [errors, setErrors] = useState<CaseFormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void suggestReference(actor, Number(now().today.slice(0, 4))).then(
      (r) => live && setReference((cur) => cur || r),
    );
    return () => {
      live = false;
    };
  }, [actor]);

  // Stable functions for every row, so rows that did not change are not rendered again.
  const change = useCallback((draft: PersonDraft) => {
    touched.current = true;
    values.current.set(draft.key, draft);
  }, []);
  const valueOf = useCallback((row: PersonDraft) => values.current.get(row.key) ?? row, []);
  const focused = useCallback(() => setFocusKey(null), []);
  const remove = useCallback((key: number) => {
    touched.current = true;
    values.current.delete(key);
    setRows((rs) => rs.filter((x) => x.key !== key));
  }, []);
  const add = () => {
    touched.current = true;
    const row = blankPerson(nextKey.current++, 'child');
    values.current.set(row.key, row);
    setRows((rs) => [...rs, row]);
    setFocusKey(row.key);
    setScrollTo({ index: rows.length, at: Date.now() });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const clock = now();
    const persons = rows.map(valueOf);
    const checked = validateCaseForm(reference, persons, clock.today);
    setErrors(checked.errors);
    if (!checked.valid) {
      // The first person with a problem may be far down a long form: bring it into view.
      const first = rows.findIndex((r) => checked.errors.person[r.key] !== undefined);
      if (first >= 0) setScrollTo({ index: first, at: Date.now() });
      return;
    }
    setSaving(true);
    setFailed(false);
    try {
      const id = await createCase(
        { reference: reference.trim(), persons: checked.persons, createdAt: clock.instant },
        actor,
      );
      navigate({ name: 'case', id });
    } catch (err) {
      if (err instanceof ReferenceTakenError)
        setErrors({ ...checked.errors, reference: { key: 'caseForm.err.referenceTaken' } });
      else setFailed(true);
      setSaving(false);
    }
  };

  const refError = errors.reference ? t(errors.reference.key, errors.reference.params) : null;
  const personErrors = Object.keys(errors.person).length;
  return (
    <form className="new-case" onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
      <header className="page-header">
        <button type="button" className="link" onClick={() => navigate({ name: 'cases' })}>
          ← {t('case.backToList')}
        </button>
        <h1>{t('caseForm.title')}</h1>
      </header>
      <section className="card narrow">
        <Field label={t('caseForm.reference')} hint={t('caseForm.referenceHint')} error={refError}>
          <input
            value={reference}
            onChange={(e) => {
              touched.current = true;
              setReference(e.target.value);
            }}
            autoComplete="off"
          />
        </Field>
      </section>
      <section className="card">
        <h2>{t('caseForm.persons')}</h2>
        <p className="muted small">{t('people.sensitiveNote')}</p>
        {errors.persons && (
          <p className="form-error" role="alert">
            {t(errors.persons.key)}
          </p>
        )}
        {personErrors > 0 && (
          <p className="form-error" role="alert">
            {t('form.fixFields')}
          </p>
        )}
        <PersonList
          rows={rows}
          valueOf={valueOf}
          errors={errors.person}
          focusKey={focusKey}
          scrollTo={scrollTo}
          onChange={change}
          onRemove={remove}
          onFocused={focused}
        />
        <button type="button" onClick={add}>
          + {t('caseForm.addPerson')}
        </button>
      </section>
      {failed && (
        <p className="form-error" role="alert">
          {t('caseForm.saveFailed')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('common.saving') : t('caseForm.create')}
        </button>
        <button type="button" onClick={() => navigate({ name: 'cases' })}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
