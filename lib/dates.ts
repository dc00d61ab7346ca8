/**
 * Calendar dates are ISO strings ('YYYY-MM-DD') end to end, as Postgres `date` columns are read:
 * no time zone can shift a day. Arithmetic goes through UTC midnight, where every day has 24 h.
 */
export type IsoDate = string;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The first and last days a date may be. JavaScript takes year 0000, Postgres does not; and the
 * day before or after an input is often computed (an end date's "until the next day"), which must
 * still be a four-digit year. So the year 1's first day and the year 9999's last day are out.
 */
export const MIN_DATE = "0001-01-02";
export const MAX_DATE = "9999-12-30";

/** A real calendar day as 'YYYY-MM-DD', within MIN_DATE…MAX_DATE. */
export function isIsoDate(value: string): boolean {
  if (!ISO.test(value) || value < MIN_DATE || value > MAX_DATE) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in Prague, where the registry's dates are meant. */
export function todayInPrague(now: Date = new Date()): IsoDate {
  return PRAGUE_DAY.format(now);
}
// Swedish writes dates as YYYY-MM-DD; made once, as constructing a formatter is the costly part.
const PRAGUE_DAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Prague" });
