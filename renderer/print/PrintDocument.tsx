import type { ReactNode } from 'react';
import { pageCss, type PageFrame } from './pageFrame';

/**
 * A printed document: its pages' margins (pageFrame.ts) and its body. Rendered only into the
 * print view; the style element holds nothing typed by a user except as a CSS string (escaped).
 */
export function PrintDocument({ frame, children }: { frame: PageFrame; children: ReactNode }) {
  return (
    <article className="print-doc">
      <style>{pageCss(frame)}</style>
      {children}
    </article>
  );
}
