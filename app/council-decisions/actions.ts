"use server";

import { submitForm } from "@/lib/actions";
import { createCouncilDecision, updateCouncilDecision } from "@/lib/council-decisions/commands";
import { withFlash } from "@/lib/flash";
import type { FormState } from "@/lib/form-state";

/** Thin: the mutation authorises (coordinators, admins), validates, writes and audits. */
export async function createCouncilDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createCouncilDecision, formData, (saved) => withFlash(`/council-decisions/${saved.id}`, "councilDecisionSaved"));
}

export async function updateCouncilDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateCouncilDecision, formData, (saved) => withFlash(`/council-decisions/${saved.id}`, "councilDecisionSaved"));
}
