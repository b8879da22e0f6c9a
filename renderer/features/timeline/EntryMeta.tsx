import { memo } from 'react';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { BASIS_KINDS, CONFIDENTIALITY_LEVELS } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { EntryField } from '../../ui/entry/EntryField';
import { useFormProblemText } from '../../ui/entry/problemText';
import type { FormProblem } from '../../ui/entry/textChecks';
import type { EntryFormState } from './entryForm';

type Meta = Pick<
  EntryFormState,
  'basis' | 'reportedBy' | 'confidentiality' | 'restrictedTo' | 'sourceAgency'
>;

type Props = Meta & {
  /** Agencies of the case other than the author's, for "named agencies only". */
  readonly agencies: readonly AgencyRef[];
  readonly problems: ReadonlyMap<string, readonly FormProblem[]>;
  readonly onChange: (patch: Partial<Meta>) => void;
};

/** What the entry records (observed, reported, opinion), who may see it, and where it came from. */
export const EntryMeta = memo(function EntryMeta(p: Props) {
  const { t } = useI18n();
  const text = useFormProblemText();
  const restrictedError = p.problems.get('restrictedTo')?.[0];
  return (
    <>
      <div className="form-row meta-row">
        <fieldset className="radios">
          <legend>{t('entry.basis')}</legend>
          {BASIS_KINDS.map((b) => (
            <label key={b} className="check">
              <input
                type="radio"
                name="basis"
                checked={p.basis === b}
                onChange={() => p.onChange({ basis: b })}
              />
              {t(`entry.basis.${b}`)}
            </label>
          ))}
          {p.basis === 'reported' && (
            <EntryField label={t('entry.reportedBy')} problems={p.problems.get('reportedBy')}>
              <input value={p.reportedBy} onChange={(e) => p.onChange({ reportedBy: e.target.value })} />
            </EntryField>
          )}
        </fieldset>
        <fieldset className="radios">
          <legend>{t('entry.confidentiality')}</legend>
          {CONFIDENTIALITY_LEVELS.map((c) => (
            <label key={c} className="check">
              <input
                type="radio"
                name="confidentiality"
                checked={p.confidentiality === c}
                onChange={() => p.onChange({ confidentiality: c })}
              />
              {t(`entry.conf.${c}`)}
            </label>
          ))}
          {p.confidentiality === 'restricted' && (
            <fieldset className="checks">
              <legend>{t('entry.restrictedTo')}</legend>
              {p.agencies.map((a) => (
                <label key={a.id} className="check">
                  <input
                    type="checkbox"
                    checked={p.restrictedTo.some((r) => r.id === a.id)}
                    onChange={(e) =>
                      p.onChange({
                        restrictedTo: e.target.checked
                          ? [...p.restrictedTo, a]
                          : p.restrictedTo.filter((r) => r.id !== a.id),
                      })
                    }
                  />
                  <bdi>{a.name}</bdi>
                </label>
              ))}
              {restrictedError && (
                <span className="field-error" role="alert">
                  {text(restrictedError)}
                </span>
              )}
            </fieldset>
          )}
        </fieldset>
      </div>
      <EntryField
        label={t('entry.sourceAgency')}
        hint={t('entry.sourceAgencyHint')}
        problems={p.problems.get('sourceAgency')}
      >
        <input value={p.sourceAgency} onChange={(e) => p.onChange({ sourceAgency: e.target.value })} />
      </EntryField>
    </>
  );
});
