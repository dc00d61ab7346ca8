import "server-only";
import { getTranslations } from "next-intl/server";
import { attendanceModeEnum, attendanceRoleEnum, attendanceStatusEnum, meetingKindEnum } from "@/db/schema/enums";
import type { Actor } from "@/lib/permissions";
import { meetingChoices } from "./queries";

/** The form's choices: organisations, their bodies, and every enum with its label. */
export async function loadMeetingFormChoices(actor: Actor) {
  const [choices, te] = await Promise.all([meetingChoices(actor, undefined), getTranslations("enums")]);
  return {
    organisations: choices.organisations,
    bodies: choices.bodies,
    kinds: meetingKindEnum.enumValues.map((k) => ({ value: k, label: te(`meetingKind.${k}`) })),
    roles: attendanceRoleEnum.enumValues.map((k) => ({ value: k, label: te(`attendanceRole.${k}`) })),
    modes: attendanceModeEnum.enumValues.map((k) => ({ value: k, label: te(`attendanceMode.${k}`) })),
    statuses: attendanceStatusEnum.enumValues.map((k) => ({ value: k, label: te(`attendanceStatus.${k}`) })),
  };
}

/** A meeting's place as one line: "Brusel, BE" or the word for online. */
export function placeOf(m: { online: boolean; city: string | null; country: string | null }, onlineWord: string) {
  return m.online ? onlineWord : [m.city, m.country].filter(Boolean).join(", ") || "—";
}
