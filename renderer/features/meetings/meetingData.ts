import type { Meeting } from '../../../shared/domain/meeting';
import { effectiveEntries } from '../../../shared/domain/timeline';
import { listPersons, getCase } from '../../db/caseRepo';
import { loadEntries } from '../../db/entryRepo';
import type { MeetingCaseData } from '../../print/meetingDocModel';
import { RunCancelled } from '../../print/usePrintRun';

/**
 * Reads what the meeting's documents need of each case on its agenda (entries and people,
 * through the codec), one case at a time, reporting progress and stopping when cancelled. Only
 * the agenda's cases are read: never the whole caseload.
 */
export async function loadMeetingCases(
  meeting: Pick<Meeting, 'agenda'>,
  report: (done: number, total: number) => void,
  isCancelled: () => boolean,
): Promise<Map<string, MeetingCaseData>> {
  const out = new Map<string, MeetingCaseData>();
  const total = meeting.agenda.length;
  report(0, total);
  for (const [i, item] of meeting.agenda.entries()) {
    if (isCancelled()) throw new RunCancelled();
    const [view, entries, persons] = await Promise.all([
      getCase(item.caseId),
      loadEntries(item.caseId),
      listPersons(item.caseId),
    ]);
    // A case removed since the meeting keeps its place in the minutes, without case data.
    if (view)
      out.set(item.caseId, {
        caseId: item.caseId,
        status: view.status,
        persons,
        effective: effectiveEntries(entries),
      });
    report(i + 1, total);
  }
  return out;
}
