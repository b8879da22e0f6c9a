import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS } from '../../../shared/domain/agencies';
import type { EntryKind } from '../../../shared/domain/entryKinds';
import { MAX_RECENT_KINDS } from '../../../shared/settings';
import { translator } from '../../i18n/i18n';
import { domainLabels } from '../../ui/entry/labels';
import { COMMON_KIND, isPickable, kindSections, matchesQuery, normalise, rememberKind } from './kindChoices';

const ru = domainLabels(translator('ru'));
const kk = domainLabels(translator('kk'));

describe('the kind picker', () => {
  it('matches the start of words, in any case, with ё typed as е', () => {
    expect(matchesQuery('Выезд полиции или посещение на дому', 'выезд')).toBe(true);
    expect(matchesQuery('Выезд полиции или посещение на дому', 'пол выез')).toBe(true);
    expect(matchesQuery('Выезд полиции или посещение на дому', 'езд')).toBe(false);
    expect(matchesQuery('Учёт', 'учет')).toBe(true);
    expect(normalise('  Защитная   мера, вынесена ')).toBe('защитная мера вынесена');
  });

  it('finds kinds by their Russian and Kazakh names', () => {
    const found = (names: typeof ru, q: string) => kindSections([], q, names).flatMap((s) => s.kinds);
    expect(found(ru, 'выезд')).toEqual(['callout']);
    expect(found(ru, 'защ вруч')).toEqual(['order-served']);
    expect(found(kk, 'полиция')).toContain('callout');
    expect(found(kk, 'жәрдемақы')).toEqual(['benefit']);
    // A group's name finds its kinds: social protection's services, benefits, housing, employment.
    expect(found(ru, 'социальная защита')).toEqual([
      'social-service',
      'benefit',
      'housing-support',
      'employment-support',
    ]);
  });

  it('lists recent kinds first with nothing typed, and each kind once while searching', () => {
    const recent: EntryKind[] = ['note', 'callout'];
    const all = kindSections(recent, '', ru);
    expect(all[0]).toEqual({ id: 'recent', kinds: ['note', 'callout'] });
    expect(all.map((s) => s.id)).toEqual([
      'recent',
      'events',
      'measures',
      'proceedings',
      'support',
      'social',
      'safety',
    ]);
    expect(kindSections(recent, 'заметка', ru)).toEqual([{ id: 'events', kinds: ['note'] }]);
    expect(kindSections([], 'нет такого', ru)).toEqual([]);
  });

  it('never offers a risk assessment, which has its own form', () => {
    expect(isPickable('risk-assessment')).toBe(false);
    expect(kindSections(['risk-assessment'], '', ru).flatMap((s) => s.kinds)).not.toContain(
      'risk-assessment',
    );
    expect(rememberKind(['note'], 'risk-assessment')).toEqual(['note']);
  });

  it('remembers the kind saved first, once, keeping at most the allowed number', () => {
    expect(rememberKind([], 'callout')).toEqual(['callout']);
    expect(rememberKind(['note', 'callout', 'incident'], 'callout')).toEqual(['callout', 'note', 'incident']);
    const full: EntryKind[] = ['note', 'incident', 'counselling', 'benefit', 'check-in'];
    expect(rememberKind(full, 'callout')).toEqual(['callout', 'note', 'incident', 'counselling', 'benefit']);
    expect(rememberKind(full, 'callout')).toHaveLength(MAX_RECENT_KINDS);
  });

  it('preselects the police call-out for the police and a pickable kind for every agency', () => {
    expect(COMMON_KIND.police).toBe('callout');
    for (const agency of AGENCY_KINDS) expect(isPickable(COMMON_KIND[agency])).toBe(true);
  });
});
