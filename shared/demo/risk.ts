/**
 * Risk assessments for demo cases that agree with the case: the checklist answers the facts on
 * the timeline (strangulation, a weapon, an injury, a breach), lands on the level the story
 * needs, and a result that lowers the case's level carries its reason, as the form requires.
 */
import { RISK_FACTORS, type RiskAnswer } from '../domain/risk';
import type { RiskLevel } from '../domain/types';
import type { Random } from './random';

/** What the timeline says that the checklist asks about. */
export type RiskFacts = {
  readonly strangulation: boolean;
  readonly weapon: boolean;
  readonly injury: boolean;
  readonly breach: boolean;
  readonly children: boolean;
};

const FACT_ANSWERS = ['current-injury', 'strangulation', 'weapons', 'order-breach'] as const;

/**
 * Answers for every factor giving the checklist level `level`, consistent with `facts`:
 * strangulation and weapons answer the facts; the other critical factors add what the level
 * needs (threats to kill, then the victim's belief she could be killed); the rest are a few
 * "yes", some "not known" and "no", below the score of the next level. No critical factor is
 * left "not known", so a lower result may be recorded with its reason.
 */
export function riskAnswers(rnd: Random, level: RiskLevel, facts: RiskFacts): Record<string, RiskAnswer> {
  const a: Record<string, RiskAnswer> = {
    'current-injury': facts.injury ? 'yes' : 'no',
    strangulation: facts.strangulation ? 'yes' : 'no',
    weapons: facts.weapon ? 'yes' : 'no',
    'order-breach': facts.breach ? 'yes' : 'no',
  };
  let critical = Number(facts.strangulation) + Number(facts.weapon);
  const wanted = level === 'high' ? 2 : level === 'medium' ? 1 : 0;
  if (critical > wanted) throw new RangeError(`Facts give more than a ${level} level`);
  for (const id of ['threats-to-kill', 'believes-could-be-killed', 'escalation']) {
    a[id] = critical < wanted ? 'yes' : 'no';
    if (a[id] === 'yes') critical++;
  }
  // Weight-1 factors: a few "yes" (score stays under 7 for standard, under 14 otherwise).
  const others = RISK_FACTORS.filter(
    (f) => !f.critical && !(FACT_ANSWERS as readonly string[]).includes(f.id),
  ).map((f) => f.id);
  const factYes = Number(facts.injury) + Number(facts.breach);
  const budget = level === 'standard' ? 6 - factYes : level === 'medium' ? 9 - factYes : 10 - factYes;
  let yes = rnd.int(Math.min(1, budget), Math.max(0, budget));
  for (const id of others) {
    if (id === 'children-harmed' && !facts.children) a[id] = 'no';
    else if (yes > 0 && rnd.chance(0.6)) {
      a[id] = 'yes';
      yes--;
    } else a[id] = rnd.chance(0.15) ? 'unknown' : 'no';
  }
  return a;
}

/** Why a later assessment is lower than the one before: what changed, in the assessor's words. */
export const LOWER_REASONS = [
  'После ареста и профилактической работы угроз не поступало, ходатайство о продлении мер не требуется.',
  'Правонарушитель выехал из квартиры, контактов нет; пострадавшая чувствует себя в безопасности.',
] as const;
