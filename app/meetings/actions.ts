"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { createMeeting, fileTripReport, updateMeeting } from "@/lib/meetings/commands";

/** Thin: each hands the form to its mutation (which authorises, validates, writes, audits). */

export async function createMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createMeeting, formData, (saved) => withFlash(`/meetings/${saved.id}`, "meetingSaved"));
}

export async function updateMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateMeeting, formData, (saved) => withFlash(`/meetings/${saved.id}`, "meetingSaved"));
}

export async function fileTripReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(fileTripReport, formData, (saved) => withFlash(`/meetings/${saved.meetingId}`, "reportSaved"));
}
