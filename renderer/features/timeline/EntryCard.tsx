import { useState, type ReactNode } from 'react';
import { formatTime } from '../../../shared/dates';
import { AGENCY_COLOURS } from '../../../shared/domain/agencies';
import type { Entry } from '../../../shared/domain/types';
import type { ResolvedEntry } from '../../../shared/domain/timeline';
import { machineOffset } from '../../app/clock';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';
import { EntryFields } from '../../ui/entry/EntryFields';
import { Sentence } from '../../ui/entry/Sentence';
import { UserText } from '../../ui/UserText';

type Props = {
  readonly item: ResolvedEntry;
  /** Label of an earlier entry this one refers to (an order, an action). */
  readonly refLabel: (id: string) => string;
  /** The name of a person on the case, for fields that name one. */
  readonly personLabel: (id: string) => string | null;
  readonly onCorrect: (entry: Entry) => void;
  readonly onVoid: (entry: Entry) => void;
  /** Whether this office may correct or void the entry (only its author's agency); default yes. */
  readonly mayCorrect?: (entry: Entry) => boolean;
  /** More actions on the entry (a response to another agency's entry, a referral's answer). */
  readonly actions?: (item: ResolvedEntry) => ReactNode;
};

/** One entry on the timeline: what, when, who, how sure, who may see it, and its history. */
export function EntryCard({ item, refLabel, personLabel, onCorrect, onVoid, mayCorrect, actions }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const [showHistory, setShowHistory] = useState(false);
  const e = item.current;
  const agency = e.author.agency;

  return (
    <article
      className={`entry${item.voided ? ' entry-voided' : ''}`}
      style={{ borderLeftColor: AGENCY_COLOURS[agency.kind] }}
      aria-label={`${t(`kind.${e.kind}`)} ${formatTime(e.occurredAt, machineOffset)}`}
    >
      <header className="entry-head">
        <time dateTime={e.occurredAt}>{formatTime(e.occurredAt, machineOffset)}</time>
        <strong className="entry-kind">{t(`kind.${e.kind}`)}</strong>
        <span
          className="agency-label"
          style={{ color: AGENCY_COLOURS[agency.kind] }}
          title={t(`agencyKind.${agency.kind}`)}
        >
          <UserText text={agency.name} />
        </span>
        {e.confidentiality.level !== 'shared' && (
          <span className={`tag conf-${e.confidentiality.level}`}>
            {e.confidentiality.level === 'restricted'
              ? `${t('entry.conf.restricted')}: ${e.confidentiality.agencies.map((a) => a.name).join(', ')}`
              : t('entry.conf.internal')}
          </span>
        )}
        {item.corrected && !item.voided && (
          <span className="tag tag-corrected">{t('timeline.corrected')}</span>
        )}
        {item.voided && <span className="tag tag-voided">{t('timeline.voided')}</span>}
        {item.conflict && <span className="tag tag-conflict">{t('timeline.conflict')}</span>}
        <span className="spacer" />
        {actions?.(item)}
        {!item.voided && (mayCorrect?.(e) ?? true) && (
          <>
            {/* An assessment is one judgement: it changes by a new assessment, not a correction. */}
            {e.kind !== 'risk-assessment' && (
              <button type="button" className="link" onClick={() => onCorrect(e)}>
                {t('timeline.correct')}
              </button>
            )}
            <button type="button" className="link danger" onClick={() => onVoid(e)}>
              {t('timeline.void')}
            </button>
          </>
        )}
      </header>
      {item.voided && item.voidReason && (
        <p className="entry-reason">
          <Sentence message="timeline.voidReason" values={{ reason: item.voidReason }} />
        </p>
      )}
      {item.corrected && !item.voided && e.correction && (
        <p className="entry-reason">
          <Sentence message="timeline.correctedBecause" values={{ reason: e.correction.reason }} />
        </p>
      )}
      <div className="entry-body">
        <EntryFields entry={e} refLabel={refLabel} personLabel={personLabel} />
        {e.narrative && (
          <p className="narrative">
            <UserText text={e.narrative} />
          </p>
        )}
      </div>
      <footer className="entry-foot">
        <span>
          <Sentence message="timeline.recordedBy" values={{ name: e.author.name, agency: agency.name }} />
        </span>
        {e.basis.kind === 'reported' && (
          <span>
            <Sentence message="timeline.reportedBy" values={{ by: e.basis.by }} />
          </span>
        )}
        {e.basis.kind === 'opinion' && <span>{t('entry.basis.opinion')}</span>}
        {e.sourceAgency && (
          <span className="source">
            <Sentence message="timeline.source" values={{ agency: e.sourceAgency }} />
          </span>
        )}
        <span className="muted">{t('timeline.recordedAt', { time: fmt.instant(e.recordedAt) })}</span>
        {item.history.length > 0 && (
          <button
            type="button"
            className="link"
            onClick={() => setShowHistory((s) => !s)}
            aria-expanded={showHistory}
          >
            {showHistory ? t('timeline.hideHistory') : `${t('timeline.history')} (${item.history.length})`}
          </button>
        )}
      </footer>
      {showHistory && (
        <ol className="entry-history">
          {item.history.map((h) => (
            <li key={h.id}>
              <span className="muted">{fmt.instant(h.recordedAt)}</span> · {h.author.name} ·{' '}
              {h.correction
                ? `${t(h.correction.action === 'void' ? 'timeline.voided' : 'timeline.corrected')}: ${h.correction.reason}`
                : t(`kind.${h.kind}`)}
              {h.narrative && (
                <p className="narrative">
                  <UserText text={h.narrative} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
