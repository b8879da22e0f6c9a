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

/** Stands for the user text in a translated sentence given to UserTextIn (a private-use character). */
export const USER_TEXT_SLOT = '\uE000';

/**
 * A translated sentence with user text in one place, isolated as UserText: pass the message
 * translated with USER_TEXT_SLOT as the value of its placeholder, e.g.
 * `t('case.closedBecause', { reason: USER_TEXT_SLOT })`.
 */
export function UserTextIn({ message, text }: { message: string; text: string }) {
  const at = message.indexOf(USER_TEXT_SLOT);
  if (at === -1) return <>{message}</>;
  return (
    <>
      {message.slice(0, at)}
      <UserText text={text} />
      {message.slice(at + USER_TEXT_SLOT.length)}
    </>
  );
}

/** Letters of right-to-left scripts (Hebrew, Arabic and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * User text where only a plain string can go (a select's option, an attribute): invisible
 * control characters written as visible marks, and, when it holds right-to-left letters, the
 * whole isolated from the text around it with FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE,
 * as <bdi> does. Other text needs no isolation once its controls are marks, and is left exactly
 * as typed, so an option or a label reads (and is found) by its own words.
 */
export function userTextString(text: string): string {
  const shown = visibleParts(text)
    .map((p) => ('text' in p ? p.text : `⟨${p.invisible}⟩`))
    .join('');
  return RIGHT_TO_LEFT.test(shown) ? `\u2068${shown}\u2069` : shown;
}
