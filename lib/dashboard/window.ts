import { addDays, type IsoDate } from "@/lib/dates";

/** Years the dashboard's trend and charts look back over, the chosen one included. */
export const TREND_YEARS = 5;
/** Withdrawal deadlines (the last day to deliver notice) are listed this many days ahead. */
export const DEADLINE_HORIZON_DAYS = 120;

/**
 * The part of a year the figures count, as of `today`: a past year whole, the current year up to
 * today (a meeting still to come was not "held"), a future year nothing yet. `statusOn` is the day
 * a membership's status and seats are read on: the window's last day, or the year's first for a
 * year still to come.
 */
export type YearWindow = { year: number; start: IsoDate; end: IsoDate; yearEnd: IsoDate; statusOn: IsoDate };

export function yearWindow(year: number, today: IsoDate): YearWindow {
  const start = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const end = today < yearEnd ? today : yearEnd;
  // For a future year the window is empty (end before start) and status is read on 1 January.
  const statusOn = end < start ? start : end;
  return { year, start, end: end < start ? addDays(start, -1) : end, yearEnd, statusOn };
}
