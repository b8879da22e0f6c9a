import { useCallback, useMemo } from 'react';
import { instantFromLocal } from '../../../shared/dates';
import type { EntryKind, FieldKey, KindFieldSpec } from '../../../shared/domain/entryKinds';
import { isInForce } from '../../../shared/domain/measures';
import { machineOffset, now } from '../../app/clock';
import { useActor } from '../../app/actor';
import { useSettings } from '../../app/settingsContext';
import { addEntries, type DraftToSave } from '../../db/writeEntries';
import { useCaseView, useEntries, usePersons } from '../../db/hooks';
import { caseModel } from '../../model/caseModel';
import { useRefLabel } from '../../model/useRefLabel';
import { rememberKind } from '../timeline';

type RefSpec = Extract<KindFieldSpec, { type: 'entry-ref' }>;

/**
 * Everything the case page reads: the header, the people, the entries and what is derived from
 * them, plus the one save function every dialog on the page uses.
 */
export function useCaseData(caseId: string) {
  const actor = useActor();
  const { settings, update } = useSettings();
  const view = useCaseView(caseId);
  const entries = useEntries(caseId);
  const persons = usePersons(caseId);

  // Recomputed when the entries change or the day turns, not on every render. Escalation
  // counts call-outs up to the end of today.
  const { today } = now();
  const endOfToday = instantFromLocal(today, '23:59', machineOffset) ?? `${today}T23:59:00Z`;
  // A closed case's dates are history: nothing on its page is overdue.
  const closed = view?.status === 'closed';
  const model = useMemo(
    () => (entries ? caseModel(entries, today, settings.deadlineWindowDays, endOfToday, closed) : null),
    [entries, today, endOfToday, settings.deadlineWindowDays, closed],
  );

  const refLabel = useRefLabel(model?.byOriginal);
  /** Earlier entries a field may name, newest first. */
  const refOptions = useCallback(
    (_kind: EntryKind, spec: RefSpec) =>
      (model?.effective ?? [])
        .filter((e) => spec.kinds.includes(e.entry.kind))
        .reverse()
        .map((e) => ({ id: e.originalId, label: refLabel(e.originalId) })),
    [model, refLabel],
  );

  /**
   * The entries a new entry most likely names, so that the one there is can be chosen for the
   * user: a measure not yet served, a measure in force (with a reporting schedule, for a
   * check-in), an action still open.
   */
  const likelyRefs = useCallback(
    (kind: EntryKind, key: FieldKey): readonly string[] => {
      if (!model) return [];
      const live = model.measures.filter((m) => isInForce(m.state) || m.state === 'not-started');
      if (key === 'orderEntryId') {
        if (kind === 'order-served') return live.filter((m) => !m.served).map((m) => m.orderEntryId);
        if (kind === 'check-in')
          return live.filter((m) => m.checkInsPerMonth !== null).map((m) => m.orderEntryId);
        return live.map((m) => m.orderEntryId);
      }
      if (key === 'actionEntryId') return model.openActions.map((a) => a.originalId);
      return model.effective
        .filter((e) => e.entry.kind === 'referral-sent')
        .map((e) => e.originalId)
        .slice(-1);
    },
    [model],
  );

  /** Saves drafts written together (e.g. an order issued and served at once) in one write. */
  const save = useCallback(
    async (drafts: readonly DraftToSave[]) => {
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

  /**
   * Remembers a kind just recorded, for the picker's "used lately" list. Kept in this desktop's
   * settings; a failure to store it costs only the ordering of the list, so it is not reported.
   */
  const rememberRecentKind = useCallback(
    (kind: EntryKind) => {
      const next = rememberKind(settings.recentKinds, kind);
      if (next.join() !== settings.recentKinds.join()) void update({ recentKinds: next });
    },
    [settings.recentKinds, update],
  );

  return {
    actor,
    settings,
    view,
    entries,
    persons,
    model,
    today,
    endOfToday,
    refLabel,
    refOptions,
    likelyRefs,
    save,
    rememberRecentKind,
  };
}
