import { describe, expect, it } from 'vitest';
import type { Assessment } from './assess';
import type { Answers } from './fields';
import { dayOff, deadlineAfter, decisionDeadlineKind } from './deadlines';
import { PARAMETERS, only } from './parameters';

const here = { quebec: false };
const days15 = only(PARAMETERS.judicialReviewInCanada);

describe('deadlines counted as the Interpretation Act counts', () => {
  it('excludes the first day and includes the last (s. 27)', () => {
    const deadline = deadlineAfter('2027-01-04', 'judicial-review-in-canada', here);
    expect(deadline).toMatchObject({ days: days15, counted: '2027-01-19', due: '2027-01-19', movedPast: [] });
  });

  it('moves a deadline on Good Friday past Easter Monday to the Tuesday (s. 26)', () => {
    // 15 days after 11 March 2027 is Friday 26 March, Good Friday; Easter Monday is 29 March.
    const deadline = deadlineAfter('2027-03-11', 'judicial-review-in-canada', here);
    expect(deadline?.counted).toBe('2027-03-26');
    expect(deadline?.due).toBe('2027-03-30');
    expect(deadline?.movedPast.map((d) => d.why)).toEqual(['good-friday', 'saturday', 'sunday', 'easter-monday']);
  });

  it('moves past Canada Day kept on Monday 2 July when 1 July is a Sunday', () => {
    const deadline = deadlineAfter('2029-06-16', 'judicial-review-in-canada', here);
    expect(deadline?.counted).toBe('2029-07-01');
    expect(deadline?.due).toBe('2029-07-03');
    expect(deadline?.movedPast.map((d) => d.why)).toEqual(['sunday', 'canada-day']);
  });

  it('crosses the year end and moves past New Year’s Day', () => {
    // 30 days after 2 December 2027 is Saturday 1 January 2028.
    const deadline = deadlineAfter('2027-12-02', 'sponsor-appeal', here);
    expect(deadline).toMatchObject({ days: only(PARAMETERS.sponsorAppeal), counted: '2028-01-01', due: '2028-01-03' });
    expect(deadline?.citations).toEqual(['IRPA s. 63(1)', 'IAD Rules r. 16(a)']);
  });

  it('counts 60 days for a matter arising outside Canada', () => {
    const deadline = deadlineAfter('2027-02-01', 'judicial-review-outside-canada', here);
    expect(deadline).toMatchObject({ days: only(PARAMETERS.judicialReviewOutsideCanada), counted: '2027-04-02' });
    expect(deadline?.due).toBe('2027-04-02');
  });

  it('moves past Saint-Jean-Baptiste Day only for Quebec', () => {
    // 15 days after 9 June 2027 is Thursday 24 June.
    expect(deadlineAfter('2027-06-09', 'judicial-review-in-canada', here)?.due).toBe('2027-06-24');
    expect(deadlineAfter('2027-06-09', 'judicial-review-in-canada', { quebec: true })?.due).toBe('2027-06-25');
  });

  it('does not count Boxing Day as a day off', () => {
    expect(dayOff('2028-12-26', here)).toBeUndefined();
    expect(dayOff('2028-12-25', here)).toBe('christmas');
  });
});

describe('which deadline the result calls for', () => {
  const result = (pathway: Assessment['pathway'], ids: string[]) =>
    ({ pathway, rules: ids.map((id) => ({ id })) }) as unknown as Assessment;
  const abroad: Answers = { location: 'outside-canada' };

  it('is the sponsor’s appeal when the request goes with a family-class sponsorship from abroad', () => {
    expect(decisionDeadlineKind(result('outside-canada', ['inform.sponsor-appeal']), abroad)).toBe('sponsor-appeal');
    expect(decisionDeadlineKind(result('outside-canada', ['inform.judicial-review']), abroad)).toBe(
      'judicial-review-outside-canada',
    );
  });

  it('is judicial review within the Canadian period in Canada', () => {
    expect(decisionDeadlineKind(result('in-canada', ['inform.judicial-review']), { location: 'in-canada' })).toBe(
      'judicial-review-in-canada',
    );
  });
});
