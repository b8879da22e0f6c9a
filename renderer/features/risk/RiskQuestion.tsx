import { memo, useId } from 'react';
import type { RiskAnswer, RiskFactorId } from '../../../shared/domain/risk';
import { withoutInvisibleChars } from '../../../shared/text';
import { useI18n } from '../../i18n/i18n';
import { useFormProblemText } from '../../ui/entry/problemText';
import type { FormProblem } from '../../ui/entry/textChecks';

type Props = {
  readonly number: number;
  readonly id: RiskFactorId;
  readonly question: string;
  readonly answer: RiskAnswer | undefined;
  readonly note: string;
  readonly problems: readonly FormProblem[];
  readonly answers: readonly RiskAnswer[];
  readonly onAnswer: (id: RiskFactorId, answer: RiskAnswer) => void;
  readonly onNote: (id: RiskFactorId, note: string) => void;
};

/**
 * One question of the checklist: its number on the question's first line, yes / no / not known
 * as one radio group (one Tab stop, arrows between the answers), and a note. Unanswered after a
 * save was tried, it is marked and says so.
 */
export const RiskQuestion = memo(function RiskQuestion(p: Props) {
  const { t } = useI18n();
  const text = useFormProblemText();
  const questionId = useId();
  const messageId = useId();
  const unanswered = p.problems.some((q) => q.field === `q.${p.id}`);
  const classes = [p.answer === 'yes' ? 'answered-yes' : '', unanswered ? 'unanswered' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes || undefined}>
      <span className="risk-number" aria-hidden="true">
        {p.number}.
      </span>
      <div className="risk-question">
        <p id={questionId} className="risk-question-text">
          {p.question}
        </p>
        <div
          className="risk-answers"
          role="radiogroup"
          aria-labelledby={questionId}
          aria-describedby={p.problems.length > 0 ? messageId : undefined}
          aria-invalid={unanswered || undefined}
        >
          {p.answers.map((a) => (
            <label key={a} className="check">
              <input
                type="radio"
                name={`q-${p.id}`}
                checked={p.answer === a}
                onChange={() => p.onAnswer(p.id, a)}
              />
              {t(`risk.answer.${a}`)}
            </label>
          ))}
          <input
            className="risk-note"
            aria-label={`${t('risk.note')}: ${p.question}`}
            placeholder={t('risk.note')}
            value={p.note}
            onChange={(e) => p.onNote(p.id, e.target.value)}
          />
        </div>
        {p.problems.length > 0 && (
          <p className="field-error" id={messageId} role="alert">
            {p.problems.map(text).join(' ')}
            {p.problems.some((q) => q.codePoints) && (
              <>
                {' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => p.onNote(p.id, withoutInvisibleChars(p.note))}
                >
                  {t('entryForm.removeInvisible')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
    </li>
  );
});
