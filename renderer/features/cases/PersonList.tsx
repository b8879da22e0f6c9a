import { useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CaseFormErrors, PersonDraft } from './caseForm';
import { PersonFields } from './PersonFields';

/** A person's fields take about this much height; rows measure themselves once shown. */
const ROW_ESTIMATE = 360;

type Props = {
  readonly rows: readonly PersonDraft[];
  /** The values each row holds now (a row shown again after scrolling starts from them). */
  readonly valueOf: (row: PersonDraft) => PersonDraft;
  readonly errors: CaseFormErrors['person'];
  /** The row to focus when it appears (the first on opening, one just added); null: none. */
  readonly focusKey: number | null;
  /** Called once the row to focus has taken the focus. */
  readonly onFocused: () => void;
  /** A row to bring into view (the first with an error, one just added). */
  readonly scrollTo: { readonly index: number; readonly at: number } | null;
  readonly onChange: (draft: PersonDraft) => void;
  readonly onRemove: (key: number) => void;
};

/**
 * The people of the new-case form, only those near the screen in the page: a case with hundreds
 * of people keeps the page as light as one with a few, so typing, adding and scrolling stay
 * quick. Rows report their values to the form as they change, so a row that scrolls out and
 * back in starts from what was typed.
 */
export function PersonList(props: Props) {
  const { rows, valueOf, errors, focusKey, scrollTo, onChange, onRemove, onFocused } = props;
  const list = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  const scroller = () => list.current?.closest<HTMLElement>('.page') ?? null;
  // Where the list starts inside the page's scrolling area (messages above it may move it).
  useLayoutEffect(() => {
    const el = list.current;
    const page = el?.closest<HTMLElement>('.page');
    if (!el || !page) return;
    const top = Math.round(
      el.getBoundingClientRect().top - page.getBoundingClientRect().top + page.scrollTop,
    );
    if (top !== margin) setMargin(top);
    // Messages above the list appear with a submit, which gives new errors.
  }, [margin, errors]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: scroller,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 2,
    scrollMargin: margin,
    getItemKey: (i) => rows[i]!.key,
  });
  useLayoutEffect(() => {
    if (scrollTo) virtualizer.scrollToIndex(scrollTo.index, { align: 'start' });
    // Each request (a new `at`) scrolls once.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the virtualizer is the same object throughout
  }, [scrollTo]);

  return (
    <div ref={list} className="person-list" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]!;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="person-slot"
            style={{ transform: `translateY(${item.start - margin}px)` }}
          >
            <PersonFields
              initial={valueOf(row)}
              index={item.index}
              errors={errors[row.key]}
              canRemove={rows.length > 1}
              autoFocus={focusKey === row.key}
              onFocused={onFocused}
              onChange={onChange}
              onRemove={onRemove}
            />
          </div>
        );
      })}
    </div>
  );
}
