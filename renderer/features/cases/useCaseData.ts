import { useCallback, useMemo } from 'react';
import type { FieldSpec } from '../../../shared/domain/entryKinds';
import { instantFromLocal } from '../../../shared/dates';
import type { EntryDraft } from '../../../shared/domain/types';
import { machineOffset, now } from '../../app/clock';
import { useActor } from '../../app/actor';
import { useSettings } from '../../app/settingsContext';
import { addEntries } from '../../db/writeEntries';
import { useCaseView, useEntries, usePersons } from '../../db/hooks';
import { caseModel } from '../../model/caseModel';
import { useRefLabel } from '../../model/useRefLabel';

/**
 * Everything the case page reads: the header, the people, the entries and what is derived from
 * them, plus the one save function every dialog on the page uses.
 */
export function useCaseData(caseId: string) {
  const actor = useActor();
  const { settings } = useSettings();
  const view = useCaseView(caseId);
  const entries = useEntries(caseId);
  const persons = usePersons(caseId);

  // Recomputed when the entries change or the day turns, not on every render. Escalation
  // counts call-outs up to the end of today.
  const { today } = now();
  const endOfToday = instantFromLocal(today, '23:59', machineOffset) ?? `${today}T23:59:00Z`;
  const model = useMemo(
    () => (entries ? caseModel(entries, today, settings.deadlineWindowDays, endOfToday) : null),
    [entries, today, endOfToday, settings.deadlineWindowDays],
  );

  const refLabel = useRefLabel(model?.byOriginal);
  const refOptions = useCallback(
    (spec: Extract<FieldSpec, { type: 'entry-ref' }>) =>
      (model?.effective ?? [])
        .filter((e) => spec.kinds.includes(e.entry.kind))
        .map((e) => ({ id: e.originalId, label: refLabel(e.originalId) })),
    [model, refLabel],
  );

  /** Saves drafts written together (e.g. an order issued and served at once) in one write. */
  const save = useCallback(
    async (...drafts: readonly EntryDraft[]) => {
      const c = now();
      // The entries on screen spare the repository reading the case again (it checks they are current).
      await addEntries(
        drafts,
        { now: c.instant, today: c.today, windowDays: settings.deadlineWindowDays, actor },
        entries,
      );
    },
    [actor, entries, settings.deadlineWindowDays],
  );

  return { actor, settings, view, entries, persons, model, today, endOfToday, refLabel, refOptions, save };
}
