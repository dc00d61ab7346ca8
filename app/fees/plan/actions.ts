"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { removePlanningRate, setPlanningRate } from "@/lib/fees/commands";
import { withFlash } from "@/lib/flash";
import { refusalState } from "@/lib/form-state";

/** Thin: the mutations authorise (coordinators, admins), validate, write and audit. */

export async function setPlanningRateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(setPlanningRate, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/fees/plan");
  redirect(withFlash(`/fees/plan?year=${result.data.year}#plan-rates`, "planningRateSaved"));
}

export async function removePlanningRateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(removePlanningRate, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/fees/plan");
  redirect(withFlash(`/fees/plan?year=${result.data.year}#plan-rates`, "planningRateRemoved"));
}
