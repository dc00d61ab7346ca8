"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { finaliseCouncilReport, saveCouncilReportDraft } from "@/lib/council-report/commands";
import { refusalState } from "@/lib/form-state";

/** Thin: each hands the form to its mutation and turns the typed result into form state. */

export async function saveDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(saveCouncilReportDraft, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/reports/council");
  redirect(`/reports/council/${result.data.year}/draft?saved=1`);
}

export async function finaliseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(finaliseCouncilReport, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/reports/council");
  redirect(`/reports/council?year=${result.data.year}&finalised=${result.data.finalNumber}`);
}
