import { useMemo, useState } from 'react';
import { ageOn, isCalendarDate, type CalendarDate } from '../../../shared/dates';
import {
  PERSON_FIELD_KEYS,
  PERSON_FIELDS,
  PERSON_LANGUAGES,
  SAFE_CHANNELS,
  type PersonFieldKey,
  type PersonLanguage,
  type SafeChannel,
} from '../../../shared/domain/person';
import { PERSON_ROLES, type Person } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';
import { UserText } from '../../ui/UserText';
import { IinMatches } from './IinMatches';
import { useIinMatches } from './useIinMatches';

/** Names in the summary line before "and N more": a case may hold hundreds of people. */
const NAMES_IN_SUMMARY = 4;

const isLanguage = (v: string): v is PersonLanguage => (PERSON_LANGUAGES as readonly string[]).includes(v);
const isChannel = (v: string): v is SafeChannel => (SAFE_CHANNELS as readonly string[]).includes(v);

/**
 * Everyone on the case with every field recorded about them. Closed by default, its summary
 * naming the people: contacts and addresses are not on screen until asked for. Sensitive
 * fields are marked; a person whose IIN is on another case says which.
 */
export function PeoplePanel({ persons: stored, today }: { persons: readonly Person[]; today: CalendarDate }) {
  const { t } = useI18n();
  // The victim first, then the person who caused harm, children, household, witnesses.
  const persons = useMemo(
    () => [...stored].sort((a, b) => PERSON_ROLES.indexOf(a.role) - PERSON_ROLES.indexOf(b.role)),
    [stored],
  );
  // Cards (and their IIN look-ups) only once asked for: opening a case stays quick however many
  // people it has.
  const [open, setOpen] = useState(false);
  const first = persons.slice(0, NAMES_IN_SUMMARY);
  return (
    <details className="people-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <strong>
          {t('people.title')} ({persons.length})
        </strong>
        <span className="people-names persons-line">
          {first.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ' · '}
              {t(`role.${p.role}`)}: <UserText text={p.name} />
            </span>
          ))}
          {persons.length > first.length && ` · +${persons.length - first.length}`}
        </span>
      </summary>
      {open && (
        <>
          <p className="muted small">{t('people.sensitiveNote')}</p>
          <div className="people-cards">
            {persons.map((p) => (
              <PersonCard key={p.id} person={p} today={today} />
            ))}
          </div>
        </>
      )}
    </details>
  );
}

function PersonCard({ person: p, today }: { person: Person; today: CalendarDate }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const matches = useIinMatches(p.iin, p.caseId);

  const value = (key: PersonFieldKey) => {
    switch (key) {
      case 'birthDate':
        return p.birthDate && isCalendarDate(p.birthDate)
          ? `${fmt.date(p.birthDate)} (${t('person.age', { count: ageOn(p.birthDate, today) })})`
          : null;
      case 'aliases':
        return p.aliases.length === 0
          ? null
          : p.aliases.map((a, i) => (
              <span key={i}>
                {i > 0 && ', '}
                <UserText text={a} />
              </span>
            ));
      case 'interpreterNeeded':
        return p.interpreterNeeded ? t('common.yes') : t('common.no');
      case 'preferredLanguage':
        if (p.preferredLanguage === '') return null;
        return isLanguage(p.preferredLanguage) ? (
          t(`person.language.${p.preferredLanguage}`)
        ) : (
          <UserText text={p.preferredLanguage} />
        );
      case 'safeChannel':
        if (p.safeChannel === '') return null;
        return isChannel(p.safeChannel) ? (
          t(`person.safeChannel.${p.safeChannel}`)
        ) : (
          <UserText text={p.safeChannel} />
        );
      case 'name':
      case 'iin':
      case 'phone':
      case 'address':
      case 'safeContactTimes':
      case 'notes':
        return p[key] === '' ? null : <UserText text={p[key]} />;
    }
  };

  return (
    <section className="person-card" aria-label={`${t(`role.${p.role}`)}: ${p.name}`}>
      <h3>
        <span className="muted">{t(`role.${p.role}`)}</span> <UserText text={p.name} />
      </h3>
      <dl>
        {PERSON_FIELD_KEYS.filter((k) => k !== 'name').map((k) => {
          const v = value(k);
          const sensitive = PERSON_FIELDS[k].sensitive;
          return (
            <div key={k} className={sensitive ? 'person-field sensitive' : 'person-field'}>
              <dt>
                {t(`person.field.${k}`)}
                {sensitive && <span className="field-marker">{t('person.sensitive')}</span>}
              </dt>
              <dd className={k === 'notes' ? 'person-notes' : undefined}>
                {v ?? <span className="muted">—</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      {matches && matches.length > 0 && (
        <div className="iin-warning" role="note">
          {t('people.iinAlsoOn')}
          <IinMatches matches={matches} links />
        </div>
      )}
    </section>
  );
}
