import { useEffect, useRef, useState, type FormEvent } from 'react';
import { PERSON_ROLES, type PersonRole } from '../../../shared/domain/types';
import { navigate } from '../../app/router';
import { now } from '../../app/clock';
import { useActor } from '../../app/actor';
import { createCase, ReferenceTakenError, suggestReference } from '../../db/caseRepo';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { blankPerson, validateCaseForm, type CaseFormErrors, type PersonDraft } from './caseForm';

/** A new case: a reference and the people in it. */
export function NewCasePage() {
  const { t } = useI18n();
  const actor = useActor();
  const [reference, setReference] = useState('');
  const nextKey = useRef(3);
  const [persons, setPersons] = useState<PersonDraft[]>([
    blankPerson(1, 'victim'),
    blankPerson(2, 'harm-causer'),
  ]);
  const [errors, setErrors] = useState<CaseFormErrors>({ person: {} });
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

  const change = (key: number, patch: Partial<PersonDraft>) =>
    setPersons((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const add = () => {
    const key = nextKey.current++;
    setPersons((ps) => [...ps, blankPerson(key, 'child')]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const clock = now();
    const checked = validateCaseForm(reference, persons, clock.today);
    setErrors(checked.errors);
    if (!checked.valid) return;
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
        setErrors({ ...checked.errors, reference: 'caseForm.err.referenceTaken' });
      else setFailed(true);
      setSaving(false);
    }
  };

  return (
    <form className="new-case" onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
      <header className="page-header">
        <button type="button" className="link" onClick={() => navigate({ name: 'cases' })}>
          ← {t('case.backToList')}
        </button>
        <h1>{t('caseForm.title')}</h1>
      </header>
      <section className="card narrow">
        <Field
          label={t('caseForm.reference')}
          hint={t('caseForm.referenceHint')}
          error={errors.reference ? t(errors.reference) : null}
        >
          <input value={reference} onChange={(e) => setReference(e.target.value)} maxLength={60} />
        </Field>
      </section>
      <section className="card">
        <h2>{t('caseForm.persons')}</h2>
        {errors.persons && (
          <p className="form-error" role="alert">
            {t(errors.persons)}
          </p>
        )}
        {persons.map((p, index) => {
          const pe = errors.person[p.key] ?? {};
          const err = (f: keyof typeof pe) => (pe[f] ? t(pe[f]) : null);
          return (
            <fieldset key={p.key} className="person" aria-label={`${t(`role.${p.role}`)} ${index + 1}`}>
              <div className="person-grid">
                <Field label={t('caseForm.role')}>
                  <select
                    value={p.role}
                    onChange={(e) => change(p.key, { role: e.target.value as PersonRole })}
                  >
                    {PERSON_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label={t('caseForm.name')} error={err('name')}>
                  <input
                    value={p.name}
                    onChange={(e) => change(p.key, { name: e.target.value })}
                    autoFocus={index === 0}
                  />
                </Field>
                <Field label={t('caseForm.birthDate')} error={err('birthDate')}>
                  <input
                    type="date"
                    value={p.birthDate}
                    onChange={(e) => change(p.key, { birthDate: e.target.value })}
                  />
                </Field>
                <Field label={t('caseForm.phone')} hint={t('common.sensitive')} error={err('phone')}>
                  <input
                    value={p.phone}
                    onChange={(e) => change(p.key, { phone: e.target.value })}
                    className="sensitive"
                  />
                </Field>
                <Field label={t('caseForm.address')} error={err('address')}>
                  <input
                    value={p.address}
                    onChange={(e) => change(p.key, { address: e.target.value })}
                    className="sensitive"
                  />
                </Field>
                <Field label={t('caseForm.notes')} error={err('notes')}>
                  <input value={p.notes} onChange={(e) => change(p.key, { notes: e.target.value })} />
                </Field>
              </div>
              {persons.length > 1 && (
                <button
                  type="button"
                  className="link danger"
                  onClick={() => setPersons((ps) => ps.filter((x) => x.key !== p.key))}
                >
                  {t('caseForm.removePerson')}
                </button>
              )}
            </fieldset>
          );
        })}
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
