import type { ReactNode } from 'react';

/** What a page shows when it has nothing yet: what it will hold and what to do first. */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <section className="empty-state" aria-live="polite">
      <h2>{title}</h2>
      <p>{body}</p>
      {action}
    </section>
  );
}
