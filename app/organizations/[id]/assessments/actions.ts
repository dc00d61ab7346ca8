"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { createAssessment, reviewAssessment, updateAssessment } from "@/lib/assessments/commands";

/** Thin: the mutations authorise (managers, admins), validate, write and audit. */

const done = (data: { organisationId: string; year: number }) =>
  `/organizations/${data.organisationId}/assessments/${data.year}?saved=1`;

export async function createAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createAssessment, formData, done);
}

export async function updateAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateAssessment, formData, done);
}

export async function reviewAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(reviewAssessment, formData, (saved) => `/organizations/${saved.organisationId}/assessments/${saved.year}?reviewed=${saved.decision}`);
}
