"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { createCouncilDecision, updateCouncilDecision } from "@/lib/council-decisions/commands";
import { withFlash } from "@/lib/flash";
import { refusalState } from "@/lib/form-state";

/** Thin: the mutation authorises (coordinators, admins), validates, writes and audits. */
export async function createCouncilDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(createCouncilDecision, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/council-decisions");
  redirect(withFlash(`/council-decisions/${result.data.id}`, "councilDecisionSaved"));
}

export async function updateCouncilDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(updateCouncilDecision, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/council-decisions");
  redirect(withFlash(`/council-decisions/${result.data.id}`, "councilDecisionSaved"));
}
