import { useEffect, useId, useMemo, useState } from 'react';
import { checkIin, normaliseIin } from '../../../shared/domain/iin';
import { navigate } from '../../app/router';
import { useCommands } from '../../commands/registry';
import { useCaseViews } from '../../db/hooks';
import { casesWithIin, type IinMatch } from '../../db/personRepo';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { UserText } from '../../ui/UserText';
import { prepareForSearch, searchCases, type SearchHit } from './searchIndex';

/** Results shown at once: enough to scan, few enough to stay quick at 10,000 cases. */
const LIMIT = 30;

/** An IIN typed whole: its matches once looked up (exact, through the token index). */
type IinLookup = { readonly iin: string; readonly matches: readonly IinMatch[] };

/**
 * Find anything (Ctrl+K): one box over every case on this desktop — references, the names and
 * other names of everyone on a case, and IINs typed in full. Keyboard only: arrows choose,
 * Enter opens the case, Escape closes. Mounted once by the shell; opens on its command.
 */
export function SearchPalette() {
  const [open, setOpen] = useState(false);
  useCommands({
    'search-open': () => {
      // Not over another dialog: a form there keeps its focus and its typed text.
      if (!open && !document.querySelector('dialog[open]')) setOpen(true);
    },
  });
  return open ? <Palette onClose={() => setOpen(false)} /> : null;
}

function Palette({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const listId = useId();
  const views = useCaseViews();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [iin, setIin] = useState<IinLookup | null>(null);

  // Names are folded for matching once per header, when the palette opens, not on the first key.
  useEffect(() => {
    if (views) prepareForSearch(views);
  }, [views]);

  const typedIin = useMemo(() => {
    const c = checkIin(query);
    return c.ok ? c.iin : null;
  }, [query]);
  useEffect(() => {
    if (typedIin === null) return;
    let live = true;
    void casesWithIin(typedIin).then((matches) => live && setIin({ iin: typedIin, matches }));
    return () => {
      live = false;
    };
  }, [typedIin]);

  const hits = useMemo((): SearchHit[] => {
    const byText = views ? searchCases(views, query, LIMIT) : [];
    if (typedIin === null || iin?.iin !== typedIin) return byText;
    const byIin: SearchHit[] = iin.matches.flatMap((m) => {
      const v = views?.find((c) => c.id === m.caseId);
      return m.roles.slice(0, 1).map((role) => ({
        caseId: m.caseId,
        reference: m.reference,
        victimName: v?.victimName ?? '',
        status: m.status,
        matched: 'iin' as const,
        text: typedIin,
        role,
      }));
    });
    const seen = new Set(byIin.map((h) => h.caseId));
    return [...byIin, ...byText.filter((h) => !seen.has(h.caseId))].slice(0, LIMIT);
  }, [views, query, typedIin, iin]);

  const openHit = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate({ name: 'case', id: hit.caseId });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (move !== 0) {
      e.preventDefault();
      setActive((a) => (hits.length === 0 ? 0 : (a + move + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openHit(hits[Math.min(active, hits.length - 1)]);
    }
  };

  const shown = Math.min(active, Math.max(0, hits.length - 1));
  const looking = typedIin !== null && iin?.iin !== typedIin;
  const badIin = /^\d{12}$/.test(normaliseIin(query)) && typedIin === null;
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <Dialog title={t('search.title')} onClose={onClose} className="search-palette">
      <input
        type="text"
        className="search-input"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? optionId(shown) : undefined}
        aria-autocomplete="list"
        aria-label={t('search.title')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        autoFocus
      />
      <ul id={listId} role="listbox" className="search-results" aria-label={t('search.results')}>
        {hits.map((h, i) => (
          <li
            key={`${h.caseId}-${h.matched}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === shown}
            className={i === shown ? 'search-hit active' : 'search-hit'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => openHit(h)}
          >
            <span className="search-ref">
              <UserText text={h.reference} />
            </span>
            <span className="search-match">
              {h.matched === 'reference' ? (
                <UserText text={h.victimName} />
              ) : (
                <>
                  <span className="muted">{t(`search.matched.${h.matched}`)}:</span>{' '}
                  {h.matched === 'iin' ? h.text : <UserText text={h.text} />}
                  {h.role && <span className="muted"> · {t(`role.${h.role}`)}</span>}
                </>
              )}
            </span>
            <span className={`status status-${h.status}`}>{t(`status.${h.status}`)}</span>
          </li>
        ))}
      </ul>
      <p className="search-foot muted small" role="status">
        {looking
          ? t('search.lookingIin')
          : badIin
            ? t('search.badIin')
            : query.trim() !== '' && hits.length === 0
              ? t('search.none')
              : t('search.keys')}
      </p>
    </Dialog>
  );
}
