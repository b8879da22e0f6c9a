import { useMemo } from 'react';
import type { CalendarDate, Instant, Language } from '../../../shared/dates';
import type { EffectiveEntry } from '../../../shared/domain/timeline';
import type { Person } from '../../../shared/domain/types';
import type { Actor } from '../../db/audit';
import type { CaseView } from '../../db/caseRows';
import { I18nProvider } from '../../i18n/i18n';
import { CaseSummaryPrint } from '../../print/CaseSummaryPrint';
import {
  caseSummaryModel,
  type CaseSummaryModel,
  type ReferralContext,
  type SummaryOptions,
} from '../../print/caseSummaryModel';
import { useRefLabel } from '../../model/useRefLabel';

export type SummaryJob = {
  readonly view: CaseView;
  readonly persons: readonly Person[];
  readonly effective: readonly EffectiveEntry[];
  readonly today: CalendarDate;
  /** The end of today: escalation counts call-outs up to it. */
  readonly endOfToday: Instant;
  readonly soonDays: number;
  readonly options: SummaryOptions;
  /** The document's language, which may differ from the screen's. */
  readonly lang: Language;
  readonly referral: ReferralContext;
  readonly printedBy: Actor;
  readonly printedAt: Instant;
};

/**
 * The case summary as its audience may read it, in its own language: redacted first, then
 * measures, risk and actions computed again from what is left (caseSummaryModel), so nothing
 * withheld shows through a derived figure.
 */
export function SummaryForPrint({ job }: { job: SummaryJob }) {
  const model = useMemo(
    () =>
      caseSummaryModel({
        status: job.view.status,
        caseId: job.view.id,
        reference: job.view.reference,
        persons: job.persons,
        effective: job.effective,
        today: job.today,
        now: job.endOfToday,
        soonDays: job.soonDays,
        options: job.options,
        referral: job.referral,
      }),
    [job],
  );
  return (
    <I18nProvider lang={job.lang}>
      <SummaryDocument job={job} model={model} />
    </I18nProvider>
  );
}

/** Inside the document's language: references to other entries are named in it too. */
function SummaryDocument({ job, model }: { job: SummaryJob; model: CaseSummaryModel }) {
  const refLabel = useRefLabel(model.facts.byOriginal);
  return (
    <CaseSummaryPrint
      view={job.view}
      options={job.options}
      model={model}
      referral={job.referral}
      printedBy={job.printedBy}
      printedAt={job.printedAt}
      refLabel={refLabel}
    />
  );
}
