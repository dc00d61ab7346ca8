"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { refusalState } from "@/lib/form-state";
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
  const result = await runAction(createMeeting, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  redirect(withFlash(await afterSave(formData, result.data.id), "meetingSaved"));
}

export async function updateMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(updateMeeting, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  redirect(withFlash(await afterSave(formData, result.data.id), "meetingSaved"));
}

export async function fileTripReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(fileTripReport, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  redirect(withFlash(`/meetings/${result.data.meetingId}`, "reportSaved"));
}
