"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { getActor } from "@/lib/auth/session";
import { createMeeting, fileTripReport, updateMeeting } from "@/lib/meetings/commands";
import { reportToWrite } from "@/lib/meetings/queries";

/**
 * Where a saved meeting leads: its page, or with "Uložit a zapsat zprávu z cesty" (next=report)
 * the trip-report form of the user's own attendance (else the first report due) when there is one.
 */
async function afterSave(formData: FormData, meetingId: string): Promise<string> {
  const page = `/meetings/${meetingId}`;
  if (formData.get("next") !== "report") return page;
  const actor = await getActor();
  const attendanceId = actor ? await reportToWrite(actor, { meetingId }) : null;
  return attendanceId ? `${page}/reports/${attendanceId}` : `${page}#meeting-reports`;
}

/** Thin: each hands the form to its mutation (which authorises, validates, writes, audits). */

export async function createMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createMeeting, formData, async (saved) => withFlash(await afterSave(formData, saved.id), "meetingSaved"));
}

export async function updateMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateMeeting, formData, async (saved) => withFlash(await afterSave(formData, saved.id), "meetingSaved"));
}

export async function fileTripReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(fileTripReport, formData, (saved) => withFlash(`/meetings/${saved.meetingId}`, "reportSaved"));
}
