import { memo } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { FormProblem } from '../../ui/entry/textChecks';
import { WhenFields } from '../../ui/entry/WhenFields';
import type { EntryFormState } from './entryForm';

type Props = {
  readonly checked: boolean;
  readonly date: string;
  readonly time: string;
  readonly problems?: readonly FormProblem[];
  readonly onChange: (
    patch: Partial<Pick<EntryFormState, 'servedTogether' | 'servedDate' | 'servedTime'>>,
  ) => void;
};

/**
 * "Served at the same time": an officer who hands the order over on the spot records both in one
 * step. When and where it was served start as the order's own time and can be changed; a time
 * before the order was issued is refused.
 */
export const ServeTogether = memo(function ServeTogether({ checked, date, time, problems, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div className="serve-together">
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange({ servedTogether: e.target.checked })}
        />
        {t('issueServe.together')}
      </label>
      {checked && (
        <div className="form-grid">
          <WhenFields
            date={date}
            time={time}
            onDate={(servedDate) => onChange({ servedDate })}
            onTime={(servedTime) => onChange({ servedTime })}
            dateLabel={t('entryForm.servedDate')}
            timeLabel={t('entryForm.servedTime')}
            dateProblems={problems}
          />
        </div>
      )}
    </div>
  );
});
