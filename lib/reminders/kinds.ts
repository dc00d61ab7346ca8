import type { IsoDate } from "@/lib/dates";
import type { Role } from "@/lib/permissions";

/**
 * What the registry reminds people of, who is responsible for each, and how far ahead. One list:
 * the profile page, the planner, the mail texts and the audit labels all read it.
 */
export const REMINDER_KINDS = [
  "fee_due",
  "notice_deadline",
  "mandate_ending",
  "trip_report_missing",
  "assessment_missing",
  "vacant_seat",
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_MODES = ["immediate", "digest", "off"] as const;
export type ReminderMode = (typeof REMINDER_MODES)[number];

/** Days before a deadline at which an immediate alert goes out (each once). */
export const LEAD_DAYS = [30, 7, 1] as const;

/** The roles responsible for each kind (staff further narrowed to the record's department). */
export const RESPONSIBLE: Record<ReminderKind, readonly Role[]> = {
  fee_due: ["coordinator"],
  notice_deadline: ["manager"],
  mandate_ending: ["coordinator", "staff"],
  trip_report_missing: ["staff"],
  assessment_missing: ["manager"],
  vacant_seat: ["coordinator"],
};

/** Until a user chooses: deadlines that cost money or a mandate at once, the rest weekly. */
export const DEFAULT_MODE: Record<ReminderKind, ReminderMode> = {
  fee_due: "immediate",
  notice_deadline: "immediate",
  mandate_ending: "digest",
  trip_report_missing: "immediate",
  assessment_missing: "digest",
  vacant_seat: "digest",
};

/** The kinds a role is responsible for: the only ones its profile page offers. */
export function kindsForRole(role: Role): ReminderKind[] {
  return REMINDER_KINDS.filter((k) => RESPONSIBLE[k].includes(role));
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Which alert (by lead time) is due today for a deadline, or null. The smallest lead time that
 * the deadline is already within: a day missed (the app was down) is caught up by the next
 * tick with the alert that fits the days left, never with a stale "30 days" one.
 * Lead 0 means "the deadline has passed": an overdue fee, a trip report now missing.
 */
export function leadDue(kind: ReminderKind, deadline: IsoDate | null, today: IsoDate): number | null {
  if (!deadline) return null;
  const daysLeft = daysBetween(today, deadline);
  if (kind === "trip_report_missing") return daysLeft <= 0 ? 0 : null;
  if (daysLeft < 0) return kind === "fee_due" ? 0 : null;
  const lead = [...LEAD_DAYS].sort((a, b) => a - b).find((l) => daysLeft <= l);
  return lead ?? null;
}

/**
 * The week a digest belongs to, named by its Monday: digests go out on Monday at 07:00 Prague
 * time, so until then it is still the previous week's digest that is due.
 */
export function digestWeek(now: Date): IsoDate {
  const shifted = new Date(now.getTime() - 7 * 3_600_000);
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Prague" }).format(shifted);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(`${day}T00:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() - weekday);
  return monday.toISOString().slice(0, 10);
}
