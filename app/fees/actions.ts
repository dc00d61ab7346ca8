"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { createFee, planNextYear, updateFee } from "@/lib/fees/commands";
import { withFlash } from "@/lib/flash";

/** Thin: each hands the form to its mutation and turns the typed result into form state. */

export async function createFeeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createFee, formData, (saved) => withFlash(`/organizations/${saved.organisationId}#fees`, "feeSaved"));
}

export async function updateFeeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateFee, formData, (saved) => withFlash(`/organizations/${saved.organisationId}#fees`, "feeSaved"));
}

export async function planNextYearAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(planNextYear, formData, (saved) => `/fees?year=${saved.year}&planned=${saved.created}`);
}
