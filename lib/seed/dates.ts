/**
 * "Today" for the demo data, in Prague: meetings and fees are placed relative to the day the seed
 * runs, so a fresh demo always has upcoming meetings and an overdue fee.
 */
export function pragueToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Prague" }).format(now);
}

/** Adds whole days to a 'YYYY-MM-DD' date; computed in UTC so no DST shift moves the day. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** The date itself on a weekday, else the Monday after: demo meetings fall on working days. */
export function onWeekday(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(isoDate, 2) : day === 0 ? addDays(isoDate, 1) : isoDate;
}
