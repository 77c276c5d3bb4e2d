/**
 * The dates a calendar file carries for a case: the earliest date to make the request when the
 * result has one, and, from the date the decision was received, the deadline the result's
 * situation calls for. Checks the date the consultant enters. The words come from the caller.
 */
import { PARAMETERS, isIsoDate, only, type Answers, type Assessment, type IsoDate } from '../rules';
import { decisionDeadlineKind, deadlineAfter, type Deadline } from '../rules/calendar';

export type ReceivedProblem = 'missing' | 'future' | 'too-early';

/** The earliest day the tool knows law for: nothing received before it can be counted. */
export const EARLIEST_RECEIVED: IsoDate = only(PARAMETERS.irpaInForce);

export function checkReceived(value: string, today: IsoDate): ReceivedProblem | undefined {
  if (!isIsoDate(value)) return 'missing';
  if (value > today) return 'future';
  if (value < EARLIEST_RECEIVED) return 'too-early';
  return undefined;
}

export interface CaseDates {
  earliest: IsoDate | null;
  deadline: Deadline | undefined;
}

/**
 * Saint-Jean-Baptiste Day is never counted here: it moves a deadline only where the filing is made in
 * Quebec, which the answers do not say, and counting it elsewhere would give a day too late
 * (decision 0018). Leaving it out can only give a day too early, which the screen says.
 */
export function caseDates(assessment: Assessment, answers: Answers, received: IsoDate | undefined): CaseDates {
  const kind = decisionDeadlineKind(assessment, answers);
  return {
    earliest: assessment.earliestApplicationDate,
    deadline: received ? deadlineAfter(received, kind, { quebec: false }) : undefined,
  };
}
