import { useMemo, useState, type FormEvent } from 'react';
import { calendarDateOf, isCalendarDate, type Language } from '../../../shared/dates';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { redactFor, type Audience, type AudienceKind } from '../../../shared/domain/audience';
import type { EffectiveEntry } from '../../../shared/domain/timeline';
import type { Person } from '../../../shared/domain/types';
import { freeTextEntries, typedText, type FreeTextFlag } from '../../../shared/exports/freeText';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { AgencyField, DocumentLanguageField } from '../../ui/SelectFields';
import { DateInput } from '../../ui/dates/DateInput';
import { useFormat } from '../../ui/format';
import type { PrintTarget } from '../../print/printJob';
import {
  inRange,
  type ReferralContext,
  type SummaryOptions,
  type TimelineRange,
} from '../../print/caseSummaryModel';
import { now } from '../../app/clock';
import { useMeetings } from '../../db/meetingHooks';
import { caseMeetings, useDateLabels } from '../meetings';

type Props = {
  /** Agencies on the case other than this one: the choices for "a named agency". */
  readonly agencies: readonly AgencyRef[];
  /** The case's current entries and people, for the preview of free text. */
  readonly effective: readonly EffectiveEntry[];
  readonly persons: readonly Person[];
  readonly caseId: string;
  readonly onChoose: (
    options: SummaryOptions,
    lang: Language,
    referral: ReferralContext,
    target: PrintTarget,
  ) => void;
  readonly onClose: () => void;
};

const KINDS: readonly AudienceKind[] = ['meeting', 'partners', 'agency', 'own'];
type RangeKind = TimelineRange['kind'];

/** How many characters of an entry's typed text the preview shows to tell it apart. */
const PREVIEW_CHARS = 140;

/**
 * Asks who the case summary is for, in which language, which part of the timeline in which
 * order; shows which typed text redaction cannot check and lets the user leave those entries
 * out; then saves a PDF or prints.
 */
export function PrintDialog({ agencies, effective, persons, caseId, onChoose, onClose }: Props) {
  const { t, lang: screenLang } = useI18n();
  const meetings = useMeetings();
  const today = now().today;
  // The meeting the case is brought to (why it is referred) and the last one held that discussed it.
  const { referral, lastHeld: lastMeeting } = useMemo(
    () => caseMeetings(meetings ?? [], caseId, today),
    [meetings, caseId, today],
  );
  const fmt = useFormat();
  const dateLabels = useDateLabels();
  const [kind, setKind] = useState<AudienceKind>('meeting');
  const [agencyId, setAgencyId] = useState(agencies[0]?.id ?? '');
  const [lang, setLang] = useState<Language>(screenLang);
  const [rangeKind, setRangeKind] = useState<RangeKind>('all');
  const [since, setSince] = useState('');
  const [order, setOrder] = useState<SummaryOptions['order']>('oldest');
  const [leaveOut, setLeaveOut] = useState<ReadonlySet<string>>(new Set());
  const [sinceError, setSinceError] = useState(false);

  const audience = useMemo((): Audience | null => {
    if (kind !== 'agency') return { kind };
    const agency = agencies.find((a) => a.id === agencyId);
    return agency ? { kind, agency } : null;
  }, [kind, agencyId, agencies]);
  const range = useMemo((): TimelineRange | null => {
    if (rangeKind === 'all') return { kind: 'all' };
    if (rangeKind === 'since') return isCalendarDate(since) ? { kind: 'since', date: since } : null;
    return lastMeeting ? { kind: 'since-meeting', heldOn: lastMeeting.heldOn, at: lastMeeting.at } : null;
  }, [rangeKind, since, lastMeeting]);

  // What this audience may read of the range: the entries whose typed text prints as written.
  const freeText = useMemo(() => {
    if (!audience || audience.kind === 'own') return [];
    const printed = redactFor(audience, effective, persons).entries.filter(
      (e) => !range || inRange(e.entry, range),
    );
    return freeTextEntries(printed, effective, persons);
  }, [audience, range, effective, persons]);
  const entryOf = useMemo(() => new Map(effective.map((e) => [e.originalId, e.entry])), [effective]);
  const flagged = freeText.filter((f) => f.flags.length > 0);
  const others = freeText.filter((f) => f.flags.length === 0);
  const leftOut = freeText.filter((f) => leaveOut.has(f.originalId)).length;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(leaveOut);
    if (on) next.add(id);
    else next.delete(id);
    setLeaveOut(next);
  };

  // The button that submitted the form says where the document goes; Enter saves a PDF.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const target: PrintTarget =
      submitter instanceof HTMLButtonElement && submitter.value === 'printer' ? 'printer' : 'pdf';
    if (!range) {
      setSinceError(rangeKind === 'since');
      return;
    }
    if (!audience) return;
    // Only entries still listed for this audience and range are left out.
    const chosen = new Set(freeText.filter((f) => leaveOut.has(f.originalId)).map((f) => f.originalId));
    onChoose({ audience, range, order, leaveOut: chosen }, lang, referral, target);
  };

  const line = (id: string, flags: readonly FreeTextFlag[]) => {
    const entry = entryOf.get(id);
    if (!entry) return null;
    const text = typedText(entry).replace(/\s+/g, ' ');
    return (
      <li key={id}>
        <label className="check">
          <input
            type="checkbox"
            checked={leaveOut.has(id)}
            onChange={(ev) => toggle(id, ev.target.checked)}
          />
          {t('print.leaveOut')}
        </label>
        <span className="free-text-entry">
          <strong>
            {fmt.date(calendarDateOf(entry.occurredAt))} · {t(`kind.${entry.kind}`)}
          </strong>
          {flags.length > 0 && (
            <span className="free-text-flags">
              {' '}
              {t('print.freeText.quotes', {
                what: flags.map((f) => t(`print.freeText.flag.${f}`)).join(', '),
              })}
            </span>
          )}
          <bdi className="free-text-quote">
            {text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text}
          </bdi>
        </span>
      </li>
    );
  };

  return (
    <Dialog title={t('print.dialogTitle')} onClose={onClose} wide>
      <form onSubmit={submit} className="print-options">
        <div className="print-options-grid">
          <fieldset className="radios">
            <legend>{t('print.audience')}</legend>
            {KINDS.map((k) => (
              <label key={k} className="check">
                <input
                  type="radio"
                  name="audience"
                  value={k}
                  checked={kind === k}
                  disabled={k === 'agency' && agencies.length === 0}
                  onChange={() => setKind(k)}
                />
                {t(`audience.${k}`)}
              </label>
            ))}
            {kind === 'agency' && (
              <AgencyField
                label={t('print.agency')}
                agencies={agencies}
                value={agencyId}
                onChange={setAgencyId}
              />
            )}
          </fieldset>
          <div>
            <fieldset className="radios">
              <legend>{t('print.range')}</legend>
              <label className="check">
                <input
                  type="radio"
                  name="range"
                  checked={rangeKind === 'all'}
                  onChange={() => setRangeKind('all')}
                />
                {t('print.range.all')}
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="range"
                  checked={rangeKind === 'since-meeting'}
                  disabled={!lastMeeting}
                  onChange={() => setRangeKind('since-meeting')}
                />
                {lastMeeting
                  ? t('print.range.sinceMeeting', { date: fmt.date(lastMeeting.heldOn) })
                  : t('print.range.noMeeting')}
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="range"
                  checked={rangeKind === 'since'}
                  onChange={() => setRangeKind('since')}
                />
                {t('print.range.since')}
              </label>
              {rangeKind === 'since' && (
                <Field label={t('print.sinceDate')} error={sinceError ? t('print.sinceRequired') : null}>
                  <DateInput
                    value={since}
                    onChange={(v) => {
                      setSince(v);
                      setSinceError(false);
                    }}
                    lang={screenLang}
                    labels={dateLabels}
                  />
                </Field>
              )}
            </fieldset>
            <fieldset className="radios">
              <legend>{t('print.order')}</legend>
              {(['oldest', 'newest'] as const).map((o) => (
                <label key={o} className="check">
                  <input type="radio" name="order" checked={order === o} onChange={() => setOrder(o)} />
                  {t(`print.order.${o}`)}
                </label>
              ))}
            </fieldset>
            <DocumentLanguageField label={t('print.language')} value={lang} onChange={setLang} />
          </div>
        </div>
        <p className="muted small">{t(kind === 'own' ? 'print.ownHint' : 'print.redactedHint')}</p>
        {freeText.length > 0 && (
          <section className="free-text" aria-labelledby="free-text-title">
            <h3 id="free-text-title">{t('print.freeText.title')}</h3>
            <p className="small">{t('print.freeText.body', { count: freeText.length })}</p>
            {flagged.length > 0 && (
              <>
                <p className="small">
                  <strong>{t('print.freeText.flagged')}</strong>
                </p>
                <ul className="free-text-list">{flagged.map((f) => line(f.originalId, f.flags))}</ul>
              </>
            )}
            {others.length > 0 && (
              <details>
                <summary>
                  {t('print.freeText.others')} ({others.length})
                </summary>
                <ul className="free-text-list">{others.map((f) => line(f.originalId, f.flags))}</ul>
              </details>
            )}
            {leftOut > 0 && (
              <p className="small" role="status">
                {t('print.leftOutCount', { count: leftOut })}
              </p>
            )}
          </section>
        )}
        <div className="form-actions">
          <button type="submit" value="pdf" className="primary">
            {t('print.savePdf')}
          </button>
          <button type="submit" value="printer">
            {t('print.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
