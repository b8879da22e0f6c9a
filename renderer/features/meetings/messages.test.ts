/**
 * Every text the meeting work builds a key for at run time exists in every language: problems
 * of the domain rules, agenda reasons, risk factors as statements, register statuses, the date
 * field's month and weekday names.
 */
import { describe, expect, it } from 'vitest';
import { AGENDA_REASON_KINDS } from '../../../shared/domain/agenda';
import { MEETING_PROBLEM_KEYS, MEETING_STATUSES } from '../../../shared/domain/meeting';
import { REGISTER_STATUSES } from '../../../shared/domain/meetingActions';
import { RISK_FACTOR_IDS } from '../../../shared/domain/risk';
import { FREE_TEXT_FLAGS } from '../../../shared/exports/freeText';
import { EXPORT_KINDS } from '../../../shared/ipc';
import { CATALOGUES } from '../../i18n/catalogue';

const keys = [
  ...MEETING_PROBLEM_KEYS,
  ...AGENDA_REASON_KINDS.map((k) => `agenda.reason.${k}`),
  ...RISK_FACTOR_IDS.map((id) => `print.factor.${id}`),
  ...REGISTER_STATUSES.map((s) => `register.status.${s}`),
  ...MEETING_STATUSES.map((s) => `meetings.status.${s}`),
  ...FREE_TEXT_FLAGS.map((f) => `print.freeText.flag.${f}`),
  ...EXPORT_KINDS.filter((k) => k !== 'case-summary' && k !== 'meeting-pack' && k !== 'minutes').map(
    (k) => `export.title.${k}`,
  ),
];

describe('meeting and export messages', () => {
  for (const lang of ['en', 'ru', 'kk'] as const) {
    it(`${lang} has every key built at run time`, () => {
      const catalogue = CATALOGUES[lang] as Record<string, unknown>;
      expect(keys.filter((k) => catalogue[k] === undefined)).toEqual([]);
    });

    it(`${lang} names twelve months and seven weekdays for date fields`, () => {
      const c = CATALOGUES[lang] as Record<string, string>;
      expect(c['meetings.date.months']!.split(',')).toHaveLength(12);
      expect(c['meetings.date.weekdays']!.split(',')).toHaveLength(7);
    });
  }

  it('states each risk factor as a sentence, not a question', () => {
    for (const lang of ['en', 'ru', 'kk'] as const)
      for (const id of RISK_FACTOR_IDS) {
        const text = (CATALOGUES[lang] as Record<string, string>)[`print.factor.${id}`]!;
        expect({ id, lang, question: text.includes('?') }).toEqual({ id, lang, question: false });
      }
  });
});
