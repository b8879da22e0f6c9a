import { useEffect, useState } from 'react';
import { checkIin } from '../../../shared/domain/iin';
import { casesWithIin, type IinMatch } from '../../db/personRepo';

/**
 * The other cases that record this IIN: [] for text that is not a valid IIN, undefined while
 * looking, then the matches. Looked up once per valid IIN typed, through the token index; the
 * IIN itself never leaves the sealed data.
 */
export function useIinMatches(iin: string, exceptCaseId?: string): readonly IinMatch[] | undefined {
  const c = checkIin(iin);
  const valid = c.ok ? c.iin : null;
  const [found, setFound] = useState<{ iin: string; matches: readonly IinMatch[] } | null>(null);
  useEffect(() => {
    if (valid === null) return;
    let live = true;
    void casesWithIin(valid, exceptCaseId).then((matches) => {
      if (live) setFound({ iin: valid, matches });
    });
    return () => {
      live = false;
    };
  }, [valid, exceptCaseId]);
  if (valid === null) return [];
  return found?.iin === valid ? found.matches : undefined;
}
