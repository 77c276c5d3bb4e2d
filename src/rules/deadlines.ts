/**
 * Deadlines counted from a decision, as the Interpretation Act counts them: the day the decision
 * was received is excluded and the last day included (s. 27); a last day that falls on a Saturday,
 * a Sunday or a holiday (s. 35) moves to the next day that is none of these (s. 26). Which deadline
 * applies follows the result: the sponsor's appeal when the request is attached to a family-class
 * sponsorship from abroad, otherwise judicial review, 15 days for a matter arising in Canada and 60
 * days outside (IRPA s. 72(2)(b)). The periods are the engine's dated parameters.
 */
import type { Answers } from './fields';
import type { Assessment } from './assess';
import { addDays, type IsoDate } from './dates';
import { holidayOn, weekday, type HolidayId } from './holidays';
import { legalValues, type ParameterName } from './parameters';

export type DeadlineKind = 'judicial-review-in-canada' | 'judicial-review-outside-canada' | 'sponsor-appeal';

const PERIOD: Record<DeadlineKind, ParameterName> = {
  'judicial-review-in-canada': 'judicialReviewInCanada',
  'judicial-review-outside-canada': 'judicialReviewOutsideCanada',
  'sponsor-appeal': 'sponsorAppeal',
};

/** The law that gives each right, before the parameter's own source. */
const GIVEN_BY: Record<DeadlineKind, readonly string[]> = {
  'judicial-review-in-canada': [],
  'judicial-review-outside-canada': [],
  'sponsor-appeal': ['IRPA s. 63(1)'],
};

export const COUNTING_CITATIONS = ['Interpretation Act s. 26', 'Interpretation Act s. 27'] as const;

/** Why a day is not a working day: a weekend day or a holiday. */
export type DayOff = 'saturday' | 'sunday' | HolidayId;

export function dayOff(date: IsoDate, options: { quebec: boolean }): DayOff | undefined {
  const day = weekday(date);
  if (day === 6) return 'saturday';
  if (day === 0) return 'sunday';
  return holidayOn(date, options);
}

export interface Deadline {
  kind: DeadlineKind;
  /** the period in days, from the parameters in force on the day the decision was received */
  days: number;
  citations: readonly string[];
  /** the last day of the period as counted (s. 27) */
  counted: IsoDate;
  /** the day it falls on once moved past days off (s. 26) */
  due: IsoDate;
  /** the days off it was moved past, in order */
  movedPast: { date: IsoDate; why: DayOff }[];
}

/** The deadline the result's situation calls for: the sponsor's appeal, or judicial review. */
export function decisionDeadlineKind(assessment: Assessment, answers: Answers): DeadlineKind {
  const sponsor =
    assessment.pathway === 'outside-canada' && assessment.rules.some((r) => r.id === 'inform.sponsor-appeal');
  if (sponsor) return 'sponsor-appeal';
  return answers.location === 'outside-canada' ? 'judicial-review-outside-canada' : 'judicial-review-in-canada';
}

/** The period after `received`, counted and moved; undefined when no period is in force that day. */
export function deadlineAfter(
  received: IsoDate,
  kind: DeadlineKind,
  options: { quebec: boolean },
): Deadline | undefined {
  const period = legalValues(received)[PERIOD[kind]];
  if (!period || typeof period.value !== 'number') return undefined;
  const counted = addDays(received, period.value);
  const movedPast: Deadline['movedPast'] = [];
  let due = counted;
  for (let why = dayOff(due, options); why; why = dayOff(due, options)) {
    movedPast.push({ date: due, why });
    due = addDays(due, 1);
  }
  const citations = [...GIVEN_BY[kind], ...period.citations];
  return { kind, days: period.value, citations, counted, due, movedPast };
}
