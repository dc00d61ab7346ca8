import { addDays, type IsoDate } from "@/lib/dates";

/** Trip reports are due for in-person attendance abroad, this many days after the meeting ends. */
export const TRIP_REPORT_DUE_DAYS = 14;

/**
 * Where one attendance row stands with its trip report. The one definition the home page, the
 * meeting page and "my meetings" share:
 * - `notNeeded`: online, at home, or excused;
 * - `filed`: written (it stays readable and editable);
 * - `notYet`: the meeting has not ended (nothing to write yet, no flag, no form);
 * - `due`: the meeting has ended and the deadline has not come;
 * - `missing`: the deadline (the meeting's last day + 14 days) has come without a report.
 */
export type TripReportState = "notNeeded" | "filed" | "notYet" | "due" | "missing";

export function tripReportDueOn(endsOn: IsoDate): IsoDate {
  return addDays(endsOn, TRIP_REPORT_DUE_DAYS);
}

/** Has the meeting ended by `today` (its last day is over)? */
export function meetingHasEnded(endsOn: IsoDate, today: IsoDate): boolean {
  return endsOn < today;
}

export function tripReportState(
  row: { reportDue: boolean; tripReport: string | null; endsOn: IsoDate },
  today: IsoDate,
): TripReportState {
  if (row.tripReport !== null) return "filed";
  if (!row.reportDue) return "notNeeded";
  if (!meetingHasEnded(row.endsOn, today)) return "notYet";
  return tripReportDueOn(row.endsOn) <= today ? "missing" : "due";
}
