import type { IinMatch } from '../../db/personRepo';
import { useI18n } from '../../i18n/i18n';
import { UserText } from '../../ui/UserText';

/**
 * The other cases with the same IIN, by reference and the person's role there. Links only where
 * leaving the page loses nothing (not from a form being filled in).
 */
export function IinMatches({ matches, links }: { matches: readonly IinMatch[]; links: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="iin-matches">
      {matches.map((m) => (
        <li key={m.caseId}>
          {links ? (
            <a href={`#/cases/${encodeURIComponent(m.caseId)}`}>
              <UserText text={m.reference} />
            </a>
          ) : (
            <UserText text={m.reference} />
          )}
          {' — '}
          {m.roles.map((r) => t(`role.${r}`)).join(', ')}
        </li>
      ))}
    </ul>
  );
}
