"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { createFee, planNextYear, updateFee } from "@/lib/fees/commands";
import { withFlash } from "@/lib/flash";
import { refusalState } from "@/lib/form-state";

/** Thin: each hands the form to its mutation and turns the typed result into form state. */

export async function createFeeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(createFee, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/fees");
  redirect(withFlash(`/organizations/${result.data.organisationId}#fees`, "feeSaved"));
}

export async function updateFeeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(updateFee, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/fees");
  redirect(withFlash(`/organizations/${result.data.organisationId}#fees`, "feeSaved"));
}

export async function planNextYearAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(planNextYear, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/fees");
  redirect(`/fees?year=${result.data.year}&planned=${result.data.created}`);
}
