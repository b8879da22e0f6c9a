/**
 * The audit viewer's filters: who, which case, what, and between which days. Pure, so the rules
 * are tested on their boundaries; the page applies them to the records it read.
 */
import type { AuditAction } from '../../../shared/audit/actions';
import type { AuditRecord } from '../../../shared/audit/chain';
import { calendarDateOf, type CalendarDate } from '../../../shared/dates';

export type AuditFilter = {
  /** Exactly this staff member's name, or '' for everyone. */
  readonly actor: string;
  /** Text the case's reference contains (any case), or '' for all records. */
  readonly caseText: string;
  readonly action: AuditAction | '';
  /** First and last day (inclusive, the day as recorded); null for no bound. */
  readonly from: CalendarDate | null;
  readonly to: CalendarDate | null;
};

export const NO_FILTER: AuditFilter = { actor: '', caseText: '', action: '', from: null, to: null };

/** The records the filter lets through, newest first. `references` maps case ids to references. */
export function filterAudit(
  records: readonly AuditRecord[],
  filter: AuditFilter,
  references: ReadonlyMap<string, string>,
): AuditRecord[] {
  const text = filter.caseText.trim().toLocaleLowerCase();
  const out: AuditRecord[] = [];
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    if (filter.actor !== '' && r.actor !== filter.actor) continue;
    if (filter.action !== '' && r.action !== filter.action) continue;
    if (text !== '') {
      const reference = r.caseId ? (references.get(r.caseId) ?? '') : '';
      if (!reference.toLocaleLowerCase().includes(text)) continue;
    }
    if (filter.from !== null || filter.to !== null) {
      const day = calendarDateOf(r.at);
      if (filter.from !== null && day < filter.from) continue;
      if (filter.to !== null && day > filter.to) continue;
    }
    out.push(r);
  }
  return out;
}

/** Everyone named in the records, for the person filter, in the order of the collator. */
export function actorsOf(records: readonly AuditRecord[], collator: Intl.Collator): string[] {
  return [...new Set(records.map((r) => r.actor))].sort(collator.compare);
}
