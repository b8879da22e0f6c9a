import { useCallback, useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../../shared/domain/meeting';
import { useStoredMeeting } from '../../db/meetingHooks';
import { MeetingChangedError, saveMeeting } from '../../db/meetingRepo';
import { useSaveBeforeLock } from '../../app/keptDrafts';

/** Where the meeting's last changes are: saved, waiting to be saved, being saved, or refused. */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'changed-elsewhere' }
  | { readonly kind: 'failed'; readonly reason: string };

/** How long typing may pause before the change is saved. */
const SAVE_DELAY_MS = 400;

/**
 * A planned meeting being edited: every change is applied to a local copy at once (typing stays
 * fast) and saved shortly after, naming the revision it was made from. A save refused because
 * another window changed the meeting keeps the local copy and says so; nothing is overwritten.
 * Approved minutes are not edited here: they are corrected with a reason.
 */
export function useMeetingEditor(id: string) {
  const stored = useStoredMeeting(id);
  const [draft, setDraft] = useState<{ meeting: Meeting; rev: number } | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const latest = useRef<{ meeting: Meeting; rev: number } | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<void> | null>(null);

  // The stored meeting is adopted whenever nothing typed here is waiting to be saved.
  useEffect(() => {
    if (!stored?.meeting || dirty.current) return;
    if (latest.current && latest.current.rev > stored.rev) return;
    latest.current = { meeting: stored.meeting, rev: stored.rev };
    setDraft(latest.current);
  }, [stored]);

  const save = useCallback(async (): Promise<void> => {
    if (saving.current) await saving.current;
    const current = latest.current;
    if (!current || !dirty.current) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    const job = (async () => {
      try {
        const rev = await saveMeeting(current.meeting, current.rev);
        // Later changes made while saving carry on from the new revision.
        if (latest.current) latest.current = { meeting: latest.current.meeting, rev };
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
      } catch (e) {
        dirty.current = true;
        setState(
          e instanceof MeetingChangedError
            ? { kind: 'changed-elsewhere' }
            : { kind: 'failed', reason: e instanceof Error ? e.message : String(e) },
        );
      }
    })();
    saving.current = job;
    await job;
    saving.current = null;
    // What was typed while the save ran has its own timer, or is saved by the next flush.
  }, []);

  /** Applies a change to the meeting and saves it shortly. */
  const update = useCallback(
    (change: (m: Meeting) => Meeting) => {
      const current = latest.current;
      if (!current || current.meeting.status !== 'planned') return;
      latest.current = { meeting: change(current.meeting), rev: current.rev };
      dirty.current = true;
      setDraft(latest.current);
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [save],
  );

  /** Saves now whatever waits (before approving, printing or leaving). */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await save();
  }, [save]);

  /** Drops local changes and takes the stored meeting (after "changed in another window"). */
  const reload = useCallback(() => {
    dirty.current = false;
    latest.current = stored?.meeting ? { meeting: stored.meeting, rev: stored.rev } : null;
    setDraft(latest.current);
    setState({ kind: 'saved' });
  }, [stored]);

  // Locking saves what is waiting before the key goes; leaving the page saves it too.
  useSaveBeforeLock(() => (dirty.current ? flush() : Promise.resolve()));
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (dirty.current) void save();
    },
    [save],
  );

  return {
    stored,
    meeting: draft?.meeting ?? null,
    rev: draft?.rev ?? 0,
    state,
    update,
    flush,
    reload,
  };
}
