import { useMemo } from 'react';
import type { CalendarDate, Instant } from '../../../shared/dates';
import { redactFor, type Audience } from '../../../shared/domain/audience';
import type { Person } from '../../../shared/domain/types';
import { useActor } from '../../app/actor';
import type { CaseView } from '../../db/caseRows';
import { CaseSummaryPrint } from '../../print/CaseSummaryPrint';
import { effectiveModel, type CaseModel } from '../../model/caseModel';
import { useRefLabel } from '../../model/useRefLabel';

type Props = {
  readonly view: CaseView;
  readonly persons: readonly Person[];
  readonly model: CaseModel;
  readonly job: { readonly audience: Audience; readonly at: Instant };
  readonly today: CalendarDate;
  /** The end of today: escalation counts call-outs up to it. */
  readonly endOfToday: Instant;
  readonly soonDays: number;
};

/**
 * The case summary as its audience may read it: redacted first, then measures, risk and actions
 * computed again from what is left, so nothing withheld shows through a derived figure.
 */
export function SummaryForPrint({ view, persons, model, job, today, endOfToday, soonDays }: Props) {
  const actor = useActor();
  const redacted = useMemo(
    () => redactFor(job.audience, model.effective, persons),
    [job.audience, model.effective, persons],
  );
  const shown = useMemo(
    () => effectiveModel(redacted.entries, today, soonDays, endOfToday),
    [redacted.entries, today, soonDays, endOfToday],
  );
  const refLabel = useRefLabel(shown.byOriginal);
  return (
    <div className="print-root">
      <CaseSummaryPrint
        view={view}
        audience={job.audience}
        redacted={redacted}
        model={shown}
        printedBy={actor}
        printedAt={job.at}
        refLabel={refLabel}
      />
    </div>
  );
}
