"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { finaliseCouncilReport, saveCouncilReportDraft } from "@/lib/council-report/commands";

/** Thin: each hands the form to its mutation and turns the typed result into form state. */

export async function saveDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(saveCouncilReportDraft, formData, (saved) => `/reports/council/${saved.year}/draft?saved=1`);
}

export async function finaliseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(finaliseCouncilReport, formData, (saved) => `/reports/council?year=${saved.year}&finalised=${saved.finalNumber}`);
}
