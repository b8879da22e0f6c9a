import { useMemo, useState, type FormEvent } from 'react';
import type { CalendarDate, Instant } from '../../../shared/dates';
import { suggestAgenda } from '../../../shared/domain/agenda';
import type { AgendaCandidate, AgendaItem } from '../../../shared/domain/meeting';
import type { CaseView } from '../../db/caseRows';
import { useI18n } from '../../i18n/i18n';
import { RiskBadge } from '../../ui/RiskBadge';
import { UserText } from '../../ui/UserText';
import { useFormat } from '../../ui/format';
import { reasonText } from '../../print/printParts';

/** Suggestions listed before "show more": a meeting discusses a dozen cases, not hundreds. */
const SHOWN = 30;

type Props = {
  readonly agenda: readonly AgendaItem[];
  readonly cases: readonly CaseView[];
  /** Where "since the last meeting" begins, and whether there was one. */
  readonly baseline: { readonly at: Instant; readonly day: CalendarDate; readonly first: boolean };
  readonly today: CalendarDate;
  readonly onAdd: (cases: readonly AgendaCandidate[]) => void;
};

/**
 * The cases the meeting should discuss and why, from the case index's stored summaries (never
 * from entries: agenda.ts), each added with one click or all at once; and any other case by its
 * reference.
 */
export function SuggestionsPanel({ agenda, cases, baseline, today, onAdd }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(SHOWN);
  const suggestions = useMemo(
    () => suggestAgenda(cases, { since: baseline.at, today, exclude: new Set(agenda.map((i) => i.caseId)) }),
    [cases, baseline.at, today, agenda],
  );
  const victim = useMemo(() => new Map(cases.map((c) => [c.id as string, c.victimName])), [cases]);

  const addByReference = (e: FormEvent) => {
    e.preventDefault();
    const wanted = reference.trim().toLocaleLowerCase();
    const found = cases.find((c) => c.reference.toLocaleLowerCase() === wanted);
    if (!found) return setProblem(t('meetings.caseNotFound'));
    if (agenda.some((i) => i.caseId === found.id)) return setProblem(t('meetings.caseOnAgenda'));
    if (found.status === 'closed') return setProblem(t('meetings.caseClosed'));
    setProblem(null);
    setReference('');
    onAdd([{ caseId: found.id, reference: found.reference, reasons: [] }]);
  };

  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">{t('meetings.suggestions')}</h3>
      <p className="muted small">
        {baseline.first
          ? t('meetings.suggestionsFirst', { date: fmt.date(baseline.day) })
          : t('meetings.suggestionsSince', { date: fmt.date(baseline.day) })}
      </p>
      {suggestions.length === 0 ? (
        <p className="muted">{t('meetings.noSuggestions')}</p>
      ) : (
        <>
          <button
            type="button"
            className="primary"
            onClick={() =>
              onAdd(
                suggestions.map((s) => ({ caseId: s.caseId, reference: s.reference, reasons: s.reasons })),
              )
            }
          >
            {t('meetings.acceptAll', { count: suggestions.length })}
          </button>
          <ul className="suggestion-list">
            {suggestions.slice(0, shown).map((s) => (
              <li key={s.caseId}>
                <span className="suggestion-case">
                  <strong>{s.reference}</strong> <UserText text={victim.get(s.caseId) ?? ''} />
                </span>
                <RiskBadge level={s.riskLevel} />
                <span className="suggestion-reasons">
                  {s.reasons.map((r) => reasonText(r, t, fmt)).join(' · ')}
                </span>
                <button
                  type="button"
                  onClick={() => onAdd([{ caseId: s.caseId, reference: s.reference, reasons: s.reasons }])}
                  aria-label={t('meetings.acceptCase', { reference: s.reference })}
                >
                  {t('meetings.accept')}
                </button>
              </li>
            ))}
          </ul>
          {suggestions.length > shown && (
            <button type="button" className="link" onClick={() => setShown(shown + SHOWN)}>
              {t('common.showMore')} ({suggestions.length - shown})
            </button>
          )}
        </>
      )}
      <form className="add-by-reference" onSubmit={addByReference}>
        <label htmlFor="agenda-reference">{t('meetings.addByReference')}</label>
        <input
          id="agenda-reference"
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'agenda-reference-error' : undefined}
        />
        <button type="submit">{t('meetings.addCase')}</button>
        {problem && (
          <span id="agenda-reference-error" className="field-error" role="alert">
            {problem}
          </span>
        )}
      </form>
    </section>
  );
}
