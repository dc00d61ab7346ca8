"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { createAssessment, reviewAssessment, updateAssessment } from "@/lib/assessments/commands";
import { refusalState } from "@/lib/form-state";

/** Thin: the mutations authorise (managers, admins), validate, write and audit. */

const done = (data: { organisationId: string; year: number }) => {
  revalidatePath("/dashboard");
  redirect(`/organizations/${data.organisationId}/assessments/${data.year}?saved=1`);
};

export async function createAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(createAssessment, formData);
  if (!result.ok) return refusalState(result, formData);
  done(result.data);
  return null;
}

export async function updateAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(updateAssessment, formData);
  if (!result.ok) return refusalState(result, formData);
  done(result.data);
  return null;
}

export async function reviewAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(reviewAssessment, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard");
  redirect(`/organizations/${result.data.organisationId}/assessments/${result.data.year}?reviewed=${result.data.decision}`);
}
