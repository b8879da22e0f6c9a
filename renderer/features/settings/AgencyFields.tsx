import { AGENCY_KINDS } from '../../../shared/domain/agencies';
import type { AgencyInput, FieldProblem } from '../../../shared/identity';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useProblemText } from '../../ui/problemText';

type Props = {
  readonly value: AgencyInput;
  readonly onChange: (next: AgencyInput) => void;
  /** From shared/settings.ts agencyProblems: the same rules in setup, Settings and the host. */
  readonly problems: Partial<Record<keyof AgencyInput, FieldProblem>>;
  readonly autoFocus?: boolean;
};

/** This office's agency: name, kind and district, as first-run setup and Settings both ask. */
export function AgencyFields({ value, onChange, problems, autoFocus }: Props) {
  const { t } = useI18n();
  const problemText = useProblemText();
  const set = (patch: Partial<AgencyInput>) => onChange({ ...value, ...patch });
  return (
    <>
      <Field
        label={t('setup.agencyName')}
        hint={t('setup.agencyNameHint')}
        error={problemText(problems.name)}
      >
        <input value={value.name} onChange={(e) => set({ name: e.target.value })} autoFocus={autoFocus} />
      </Field>
      <Field label={t('setup.agencyKind')} error={problemText(problems.kind)}>
        <select value={value.kind} onChange={(e) => set({ kind: e.target.value })}>
          {AGENCY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`agencyKind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('setup.district')} error={problemText(problems.district)}>
        <input value={value.district} onChange={(e) => set({ district: e.target.value })} />
      </Field>
    </>
  );
}
