"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { refusalState } from "@/lib/form-state";
import { createMeeting, fileTripReport, updateMeeting } from "@/lib/meetings/commands";

/** Thin: each hands the form to its mutation (which authorises, validates, writes, audits). */

export async function createMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(createMeeting, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  redirect(withFlash(`/meetings/${result.data.id}`, "meetingSaved"));
}

export async function updateMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(updateMeeting, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  redirect(withFlash(`/meetings/${result.data.id}`, "meetingSaved"));
}

export async function fileTripReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(fileTripReport, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  redirect(withFlash(`/meetings/${result.data.meetingId}`, "reportSaved"));
}
