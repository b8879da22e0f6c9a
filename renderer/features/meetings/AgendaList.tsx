import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, type ReactNode } from 'react';
import type { AgendaItem } from '../../../shared/domain/meeting';
import type { CaseView } from '../../db/caseRows';
import { useI18n } from '../../i18n/i18n';
import { RiskBadge } from '../../ui/RiskBadge';
import { UserText } from '../../ui/UserText';
import { useFormat } from '../../ui/format';
import { reasonText } from '../../print/printParts';

type Props = {
  readonly agenda: readonly AgendaItem[];
  readonly cases: ReadonlyMap<string, CaseView>;
  /** Null when the agenda cannot change (approved minutes not being corrected). */
  readonly onMove: ((from: number, to: number) => void) | null;
  readonly onRemove: ((caseId: string) => void) | null;
};

/**
 * The agenda in its order, reordered by dragging a case's handle or from the keyboard (focus
 * the handle, Space, arrows, Space; Escape cancels), with what happens announced to screen
 * readers in the app's language.
 */
export function AgendaList({ agenda, cases, onMove, onRemove }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids: string[] = useMemo(() => agenda.map((i) => i.caseId), [agenda]);

  // What a screen reader hears while a case moves: which case, and its place in the agenda.
  const announcements = useMemo((): Announcements => {
    const total = ids.length;
    const pos = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
    const item = (id: UniqueIdentifier) => agenda.find((i) => i.caseId === id)?.reference ?? String(id);
    return {
      onDragStart: ({ active }) =>
        t('meetings.dnd.start', { item: item(active.id), pos: pos(active.id), total }),
      onDragOver: ({ active, over }) =>
        over ? t('meetings.dnd.over', { item: item(active.id), pos: pos(over.id), total }) : undefined,
      onDragEnd: ({ active, over }) =>
        t('meetings.dnd.end', { item: item(active.id), pos: pos(over?.id ?? active.id), total }),
      onDragCancel: ({ active }) =>
        t('meetings.dnd.cancel', { item: item(active.id), pos: pos(active.id), total }),
    };
  }, [t, agenda, ids]);

  const end = (e: DragEndEvent) => {
    if (!onMove || !e.over || e.over.id === e.active.id) return;
    onMove(ids.indexOf(String(e.active.id)), ids.indexOf(String(e.over.id)));
  };

  if (agenda.length === 0) return <p className="muted">{t('meetings.agendaEmpty')}</p>;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={end}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('meetings.moveHint') } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={!onMove}>
        <ol className="agenda-list" aria-label={t('meetings.agenda')}>
          {agenda.map((item, i) => {
            const view = cases.get(item.caseId);
            return (
              <SortableRow
                key={item.caseId}
                id={item.caseId}
                movable={onMove !== null}
                label={item.reference}
              >
                <span className="agenda-no">{i + 1}.</span>
                <span className="agenda-case">
                  <a href={`#/cases/${item.caseId}`}>
                    <strong>{item.reference}</strong>
                  </a>{' '}
                  {view && <UserText text={view.victimName} />}
                </span>
                <RiskBadge level={view?.summary.riskLevel ?? null} />
                <span className="agenda-reasons">
                  {item.reasons.length === 0
                    ? t('agenda.reason.none')
                    : item.reasons.map((r) => reasonText(r, t, fmt)).join(' · ')}
                </span>
                {onRemove ? (
                  <button
                    type="button"
                    className="link"
                    onClick={() => onRemove(item.caseId)}
                    aria-label={t('meetings.removeCase', { reference: item.reference })}
                  >
                    {t('meetings.remove')}
                  </button>
                ) : (
                  <span />
                )}
              </SortableRow>
            );
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({
  id,
  movable,
  label,
  children,
}: {
  id: string;
  movable: boolean;
  label: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id });
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'agenda-row dragging' : 'agenda-row'}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      {movable ? (
        <button
          type="button"
          className="drag-handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={t('meetings.moveHandle', { reference: label })}
        >
          <svg viewBox="0 0 12 16" width="12" height="16" aria-hidden="true" focusable="false">
            <circle cx="3" cy="3" r="1.4" />
            <circle cx="9" cy="3" r="1.4" />
            <circle cx="3" cy="8" r="1.4" />
            <circle cx="9" cy="8" r="1.4" />
            <circle cx="3" cy="13" r="1.4" />
            <circle cx="9" cy="13" r="1.4" />
          </svg>
        </button>
      ) : (
        <span />
      )}
      {children}
    </li>
  );
}
