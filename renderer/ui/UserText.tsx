import { visibleParts } from '../../shared/text';

/**
 * Text a person typed or a bundle carried: isolated from the surrounding direction (<bdi>), so
 * it cannot reorder the label or sentence around it, with any invisible control character shown
 * as a visible mark rather than acting on the text (a right-to-left override would otherwise
 * make a name read backwards).
 */
export function UserText({ text, className }: { text: string; className?: string }) {
  return (
    <bdi className={className}>
      {visibleParts(text).map((p, i) =>
        'text' in p ? (
          p.text
        ) : (
          <span key={i} className="invisible-char" title={p.invisible}>
            {`⟨${p.invisible}⟩`}
          </span>
        ),
      )}
    </bdi>
  );
}
