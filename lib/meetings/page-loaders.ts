import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/permissions";
import { meetingChoices, meetingFormContext } from "./queries";
import { ATTENDANCE_MODES, ATTENDANCE_ROLES, ATTENDANCE_STATUSES, MEETING_KINDS } from "@/lib/enums";

/**
 * The form's choices: organisations, their bodies, and every enum with its label. For department
 * staff only what their department has ever represented, with the date ranges (`scope`) by which
 * the form narrows the lists to the meeting's date; `me` is the user's own person, if linked.
 */
export async function loadMeetingFormChoices(actor: Actor) {
  const [choices, context, te] = await Promise.all([
    meetingChoices(actor, undefined),
    meetingFormContext(actor, undefined),
    getTranslations("enums"),
  ]);
  const scope = context.scope;
  const inScope = scope ? new Set(scope.map((r) => r.organisationId)) : null;
  return {
    organisations: inScope ? choices.organisations.filter((o) => inScope.has(o.value)) : choices.organisations,
    bodies: inScope ? choices.bodies.filter((b) => inScope.has(b.organisationId)) : choices.bodies,
    scope,
    me: context.me,
    kinds: MEETING_KINDS.map((k) => ({ value: k, label: te(`meetingKind.${k}`) })),
    roles: ATTENDANCE_ROLES.map((k) => ({ value: k, label: te(`attendanceRole.${k}`) })),
    modes: ATTENDANCE_MODES.map((k) => ({ value: k, label: te(`attendanceMode.${k}`) })),
    statuses: ATTENDANCE_STATUSES.map((k) => ({ value: k, label: te(`attendanceStatus.${k}`) })),
  };
}

/** A meeting's place as one line: "Brusel, BE" or the word for online. */
export function placeOf(m: { online: boolean; city: string | null; country: string | null }, onlineWord: string) {
  return m.online ? onlineWord : [m.city, m.country].filter(Boolean).join(", ") || "—";
}
