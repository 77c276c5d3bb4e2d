/**
 * Today's date where the code runs (local time, not UTC), as an ISO day: the evaluation date of
 * the wizard and of the command-line assessor when none is given. The one place that reads the
 * clock for a date; the engine never does (it is given `asOf`).
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
