import { describe, expect, it } from 'vitest';
import { calendarText, escapeText, foldLine, utcStamp } from './calendar-file';

/** Reads a calendar file back as RFC 5545 says: unfold, split name;params:value, unescape text. */
function parse(text: string) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line
        .slice(colon + 1)
        .replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    }
  }
  return { lines, events };
}

const events = [
  {
    uid: 'judicial-review-2027-03-30@hc-navigator',
    date: '2027-03-30',
    summary: 'Judicial review: last day – A-17',
    description:
      'Serve and file the application for leave and for judicial review; counted from 11 March 2027, moved past Good Friday, Easter Monday; IRPA s. 72(2)(b).\nCheck this date.',
  },
  {
    uid: 'earliest-2027-12-31@hc-navigator',
    date: '2027-12-31',
    summary: 'Dépôt possible à partir d’aujourd’hui',
    description: 'Élan, « été » ; ✓',
  },
];

describe('the calendar file', () => {
  const text = calendarText(events, '20261130T081800Z');

  it('ends every line with CRLF and keeps each within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('reads back as all-day events with their text intact', () => {
    const { lines, events: read } = parse(text);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(read).toHaveLength(2);
    expect(read[0]).toMatchObject({
      UID: events[0]?.uid,
      DTSTAMP: '20261130T081800Z',
      'DTSTART;VALUE=DATE': '20270330',
      'DTEND;VALUE=DATE': '20270331',
      SUMMARY: events[0]?.summary,
      DESCRIPTION: events[0]?.description,
    });
    expect(read[1]).toMatchObject({ 'DTSTART;VALUE=DATE': '20271231', 'DTEND;VALUE=DATE': '20280101' });
    expect(read[1]?.DESCRIPTION).toBe(events[1]?.description);
  });

  it('escapes text and folds without splitting a character', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(folded.split('\r\n').map((l) => new TextEncoder().encode(l).length)).toEqual([74, 75, 25]);
  });

  it('stamps the time in UTC', () => {
    expect(utcStamp(new Date(Date.UTC(2026, 10, 30, 8, 18, 5)))).toBe('20261130T081805Z');
  });
});
