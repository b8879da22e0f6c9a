import { useCallback, useState } from 'react';
import type { MeasureState } from '../../../shared/domain/measures';
import type { EffectiveEntry } from '../../../shared/domain/timeline';
import type { EntryDraft, Person } from '../../../shared/domain/types';
import { validateEntry } from '../../../shared/domain/validation';
import { canSave } from '../../../shared/domain/problems';
import type { CaseId } from '../../../shared/ids';
import { now } from '../../app/clock';
import type { Actor } from '../../db/audit';
import type { DraftToSave } from '../../db/writeEntries';
import type { EntryPreset } from '../timeline';
import { quickDraft, quickStep, type QuickAction, type ScheduleToday } from './measureActions';

type Options = {
  /** Null while the case is loading. */
  readonly caseId: CaseId | null;
  readonly actor: Actor;
  readonly effective: readonly EffectiveEntry[];
  readonly persons: readonly Person[];
  readonly schedules: readonly (ScheduleToday & { readonly orderEntryId: string })[];
  readonly save: (drafts: readonly DraftToSave[]) => Promise<void>;
  /** Opens the entry form with these values. */
  readonly openForm: (preset: EntryPreset) => void;
  /** Told what was saved directly, for the page to say so. */
  readonly onSaved: (draft: EntryDraft) => void;
};

/**
 * Runs a measure's quick action: opens the entry form filled in, or saves the entry at once when
 * nothing else is needed. A direct save is checked by the same rules as the form; if they refuse
 * it (the measure was not in force that day…), the form opens with the values, and says why.
 */
export function useMeasureActions(o: Options) {
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: QuickAction, m: MeasureState) => {
      if (o.caseId === null) return;
      const clock = now();
      const schedule = o.schedules.find((s) => s.orderEntryId === m.orderEntryId);
      const step = quickStep(action, m, schedule, clock.today);
      const preset: EntryPreset = { kind: step.kind, fields: step.fields };
      if (step.type === 'form') return o.openForm(preset);
      const draft = quickDraft(step, { caseId: o.caseId, actor: o.actor, at: clock.instant });
      const problems = validateEntry(draft, {
        effective: o.effective,
        persons: o.persons,
        today: clock.today,
      });
      if (!canSave(problems) || problems.length > 0) return o.openForm(preset);
      setBusy(true);
      try {
        await o.save([draft]);
        o.onSaved(draft);
      } catch {
        // The write changed nothing: the form lets the user try again and says if it fails.
        o.openForm(preset);
      } finally {
        setBusy(false);
      }
    },
    [o],
  );
  return { busy, run };
}
