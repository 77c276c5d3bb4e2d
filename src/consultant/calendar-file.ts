/**
 * A calendar file (iCalendar, RFC 5545) of a case's dates, written on the device: one all-day event
 * per date, with a stable UID, the time stamp of writing (DTSTAMP), text escaped (s. 3.3.11) and
 * lines folded at 75 octets (s. 3.1), every line ending in CRLF. Nothing here sends anything.
 */
import type { IsoDate } from '../rules';
import { addDays } from '../rules';

export interface CalendarEvent {
  /** unique within the file and stable for the same case and date, so a calendar updates rather than duplicates */
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon and comma escaped, line breaks written as \n. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const octets = (text: string) => new TextEncoder().encode(text).length;

/** Splits a content line into lines of at most 75 octets, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    // A continuation line begins with a space, which counts in its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets(current + char) > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const basic = (date: IsoDate) => date.replaceAll('-', '');

/** A UTC date-time as iCalendar writes it: 20261130T081800Z. */
export function utcStamp(moment: Date): string {
  return `${moment.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function calendarText(events: readonly CalendarEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//hc-navigator//deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basic(event.date)}`,
      `DTEND;VALUE=DATE:${basic(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
