import type { NoticeRule } from "@/db/schema/notice-rules";
import { addDays, type IsoDate } from "@/lib/dates";

export type NoticeRuleShape = Pick<NoticeRule, "kind" | "months" | "financialYearEndMonth" | "financialYearEndDay">;

export type NoticeDeadline = {
  /** The last day to deliver the notice for the next possible exit. */
  noticeBy: IsoDate;
  /** The last day of membership after that notice (its end). */
  exitOn: IsoDate;
  /**
   * The last day the council (Rada HMP) can resolve to leave: `leadDays` before `noticeBy`,
   * moved back to a weekday (the council does not sit at weekends).
   */
  councilBy: IsoDate;
  /** True when notice can be given on any day (no approaching deadline to warn of). */
  anyDay: boolean;
};

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `date` plus `months` calendar months; a day the target month lacks becomes its last day (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return iso(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** The day itself, or the Friday before it when it falls on a weekend. */
export function weekdayOnOrBefore(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, -2) : date;
}

/**
 * Notice "at least N months before the period ends on E" must be delivered by the day before
 * (E + 1 day − N months): for the calendar year and N = 6, by 30 June; for a financial year
 * ending 30 June and N = 18, by 31 December eighteen months earlier.
 */
const noticeBefore = (periodEnd: IsoDate, months: number) => addDays(addMonths(addDays(periodEnd, 1), -months), -1);

/** The financial year's end in calendar year `y` (29 February becomes 28 in a common year). */
const financialYearEnd = (y: number, month: number, day: number) => iso(y, month, Math.min(day, daysInMonth(y, month)));

/**
 * The next possible exit under an organisation's notice rule, as of `today`: the earliest period
 * end whose notice day has not passed (today itself counts). Pure: the same for every caller.
 */
export function nextNoticeDeadline(rule: NoticeRuleShape, today: IsoDate, leadDays: number): NoticeDeadline {
  const council = (noticeBy: IsoDate) => weekdayOnOrBefore(addDays(noticeBy, -leadDays));
  const year = Number(today.slice(0, 4));
  const months = rule.months ?? 0;

  if (rule.kind === "any_time" || rule.kind === "from_delivery") {
    // Notice may be delivered any day; membership ends on delivery or N months after it.
    const exitOn = rule.kind === "any_time" ? today : addMonths(today, months);
    return { noticeBy: today, exitOn, councilBy: council(today), anyDay: true };
  }

  const periodEnd = (y: number) =>
    rule.kind === "calendar_year_end"
      ? iso(y, 12, 31)
      : financialYearEnd(y, rule.financialYearEndMonth ?? 12, rule.financialYearEndDay ?? 31);
  // The notice period is at most 36 months, so the answer lies within a few years of today.
  for (let y = year; y <= year + 5; y++) {
    const exitOn = periodEnd(y);
    if (exitOn < today) continue;
    const noticeBy = noticeBefore(exitOn, months);
    if (noticeBy >= today) return { noticeBy, exitOn, councilBy: council(noticeBy), anyDay: false };
  }
  throw new Error(`no exit within five years for rule ${JSON.stringify(rule)}`);
}
