import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/permissions";
import { meetingChoices } from "./queries";
import { ATTENDANCE_MODES, ATTENDANCE_ROLES, ATTENDANCE_STATUSES, MEETING_KINDS } from "@/lib/enums";

/** The form's choices: organisations, their bodies, and every enum with its label. */
export async function loadMeetingFormChoices(actor: Actor) {
  const [choices, te] = await Promise.all([meetingChoices(actor, undefined), getTranslations("enums")]);
  return {
    organisations: choices.organisations,
    bodies: choices.bodies,
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
