import { useState } from 'react';
import type { Bundle, FileWarning } from '../../../shared/bundle';
import type { IncomingPlan } from '../../../shared/bundle/incoming';
import { calendarDateOf } from '../../../shared/dates';
import type { Entry } from '../../../shared/domain/types';
import type { CaseMatch } from '../../db/caseLinkRepo';
import type { CaseView } from '../../db/caseRows';
import type { ReceiveTarget } from '../../db/receiveRepo';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';
import { UserText } from '../../ui/UserText';
import { warningText } from './fileErrors';

/** How many new entries the preview lists; the rest are counted. */
const SHOWN = 200;

type Props = {
  readonly bundle: Bundle;
  readonly warnings: readonly FileWarning[];
  readonly match: CaseMatch | null;
  readonly target: ReceiveTarget;
  /** Null while the plan for the chosen case is being made. */
  readonly plan: IncomingPlan | null;
  readonly cases: readonly CaseView[];
  readonly onTarget: (target: ReceiveTarget) => void;
  readonly onTake: () => void;
  readonly onCancel: () => void;
};

/**
 * What a verified bundle would change: who sent it, for whom and when; which case it is here
 * (found by id, by link, by the sender's reference, or chosen); how many entries are new,
 * already here or conflicting; the new entries themselves; and the conflicts, which are never
 * taken in.
 */
export function ReceivePreview({
  bundle,
  warnings,
  match,
  target,
  plan,
  cases,
  onTarget,
  onTake,
  onCancel,
}: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const agency = bundle.sender.agency.name;
  const local = (id: string) => cases.find((c) => c.id === id);
  const [reference, setReference] = useState(target.kind === 'new' ? target.reference : '');
  // A case with the bundle's own id (or linked to it) is the case: it cannot go elsewhere.
  const fixed = match !== null && match.how !== 'alias';
  const fresh = plan?.fresh.length ?? 0;

  return (
    <div className="receive-preview">
      <h3>{t('receive.preview.title', { agency })}</h3>
      <p>
        {t('receive.preview.made', {
          date: fmt.instant(bundle.createdAt),
          recipients: bundle.recipients.map((r) => r.name).join(', ') || '—',
        })}
      </p>
      {bundle.delta && (
        <p className="muted">{t('receive.preview.delta', { date: fmt.instant(bundle.delta.since) })}</p>
      )}
      {bundle.audience.note && (
        <p>
          <UserText text={t('receive.preview.note', { note: bundle.audience.note })} />
        </p>
      )}
      {warnings.map((w) => (
        <p key={w.code} className="notice notice-error">
          {warningText(w, t)}
        </p>
      ))}

      <fieldset className="radios receive-target">
        <legend>{t('receive.preview.case')}</legend>
        <p>
          {match
            ? t(`receive.match.${match.how}`, {
                reference: local(match.localCaseId)?.reference ?? '',
                theirs: bundle.case.reference,
              })
            : t('receive.match.none', { theirs: bundle.case.reference })}
        </p>
        {!fixed && (
          <>
            <label className="check">
              <input
                type="radio"
                name="target"
                checked={target.kind === 'new'}
                onChange={() => onTarget({ kind: 'new', reference })}
              />
              {t('receive.target.new')}{' '}
              <input
                aria-label={t('receive.target.new')}
                value={reference}
                onChange={(e) => setReference(e.target.value)}
                onBlur={() =>
                  target.kind === 'new' &&
                  reference.trim() !== '' &&
                  onTarget({ kind: 'new', reference: reference.trim() })
                }
              />
            </label>
            <label className="check">
              <input
                type="radio"
                name="target"
                checked={target.kind === 'existing'}
                disabled={cases.length === 0}
                onChange={() =>
                  onTarget({ kind: 'existing', localCaseId: match?.localCaseId ?? cases[0]?.id ?? '' })
                }
              />
              {t('receive.target.existing')}
            </label>
            {target.kind === 'existing' && (
              <select
                aria-label={t('receive.target.pick')}
                value={target.localCaseId}
                onChange={(e) => onTarget({ kind: 'existing', localCaseId: e.target.value })}
              >
                {[...cases]
                  .sort((a, b) => a.reference.localeCompare(b.reference))
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.reference} — {c.victimName}
                    </option>
                  ))}
              </select>
            )}
          </>
        )}
      </fieldset>

      {plan && (
        <>
          <h4>{t('receive.counts')}</h4>
          <ul className="receive-counts" aria-label={t('receive.counts')}>
            <li className="count-new">{t('receive.counts.new', { count: fresh })}</li>
            <li>{t('receive.counts.known', { count: plan.known })}</li>
            <li className={plan.conflicts.length > 0 ? 'count-conflict' : undefined}>
              {t('receive.counts.conflicts', { count: plan.conflicts.length })}
            </li>
          </ul>
          {bundle.audience.withheld.entries > 0 && (
            <p className="muted">{t('receive.withheld', { count: bundle.audience.withheld.entries })}</p>
          )}
          <p className="muted">
            {t('receive.persons', { added: plan.persons.add.length, updated: plan.persons.update.length })}
          </p>
          {plan.missing.length > 0 && (
            <p className="notice notice-error">
              {t('receive.missing', { count: plan.missing.length, agency })}
            </p>
          )}
          {plan.differing.length > 0 && (
            <p className="notice notice-error">{t('receive.differing', { count: plan.differing.length })}</p>
          )}
          {plan.conflicts.length > 0 && (
            <section aria-label={t('receive.conflicts.title')}>
              <h4>{t('receive.conflicts.title')}</h4>
              <p className="muted">{t('receive.conflicts.explain', { agency })}</p>
              <EntryList entries={plan.conflicts.map((c) => c.entry)} more={0} />
            </section>
          )}
          {fresh > 0 && (
            <section aria-label={t('receive.entries.title')}>
              <h4>{t('receive.entries.title')}</h4>
              <EntryList entries={plan.fresh.slice(0, SHOWN)} more={Math.max(0, fresh - SHOWN)} />
            </section>
          )}
        </>
      )}
      <div className="form-actions">
        <button type="button" className="primary" disabled={!plan} onClick={onTake}>
          {fresh > 0 || !plan ? t('receive.take', { count: fresh }) : t('receive.takeNothing')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Entries as the preview lists them: day, kind, agency, the start of what was written. */
function EntryList({ entries, more }: { readonly entries: readonly Entry[]; readonly more: number }) {
  const { t } = useI18n();
  const fmt = useFormat();
  return (
    <ol className="receive-entries">
      {entries.map((e) => (
        <li key={e.id}>
          <span className="muted">{fmt.date(calendarDateOf(e.occurredAt))}</span>{' '}
          <strong>{t(`kind.${e.kind}`)}</strong>{' '}
          <span className="muted">
            <UserText text={e.author.agency.name} />
          </span>
          {e.correction && (
            <span className="tag tag-corrected">
              {t(e.correction.action === 'void' ? 'timeline.voided' : 'timeline.corrected')}
            </span>
          )}
          {e.narrative && (
            <div className="narrative">
              <UserText text={e.narrative.length > 200 ? `${e.narrative.slice(0, 200)}…` : e.narrative} />
            </div>
          )}
        </li>
      ))}
      {more > 0 && <li className="muted">{t('receive.entries.more', { count: more })}</li>}
    </ol>
  );
}
