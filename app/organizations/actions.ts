"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { reviewAnswers } from "@/lib/check-answers";
import { previewEndMembership } from "@/lib/organisations/end-membership";
import { endMembershipSchema } from "@/lib/organisations/schemas";
import {
  addPeriod,
  createBody,
  createOrganisation,
  endMembership,
  updateBody,
  updateOrganisation,
  updatePeriod,
} from "@/lib/organisations/commands";

/** Thin: each hands the form to its mutation and turns the typed result into form state. */

const organisationPath = (id: string) => `/organizations/${id}`;

export async function createOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createOrganisation, formData, (saved) => withFlash(organisationPath(saved.id), "organisationCreated"));
}

export async function updateOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateOrganisation, formData, (saved) => withFlash(organisationPath(saved.id), "organisationSaved"));
}

export async function addPeriodAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(addPeriod, formData, (saved) => withFlash(organisationPath(saved.organisationId), "periodAdded"));
}

export async function updatePeriodAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updatePeriod, formData, (saved) => withFlash(organisationPath(saved.organisationId), "periodSaved"));
}

/** Check-your-answers, step one: validated like the mutation, then shown for confirmation. */
export async function reviewEndMembershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const review = await reviewAnswers(endMembershipSchema, "registry.write", formData);
  if (!review.ok) return review.state;
  const { organisationId, endOn } = endMembershipSchema.parse(review.answers);
  const preview = await previewEndMembership(await getActor(), { organisationId, endOn });
  if (preview.problem) return { ok: false, message: preview.problem, fieldErrors: { endOn: [preview.problem] }, values: review.answers };
  redirect(`${organisationPath(organisationId)}/end/check?${review.query}`);
}

export async function endMembershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(endMembership, formData, (saved) => withFlash(organisationPath(saved.organisationId), "membershipEnded"));
}

export async function createBodyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createBody, formData, (saved) => withFlash(organisationPath(saved.organisationId), "bodySaved"));
}

export async function updateBodyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateBody, formData, (saved) => withFlash(organisationPath(saved.organisationId), "bodySaved"));
}
