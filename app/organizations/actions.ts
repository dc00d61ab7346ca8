"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
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

export async function endMembershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(endMembership, formData, (saved) => withFlash(organisationPath(saved.organisationId), "membershipEnded"));
}

export async function createBodyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createBody, formData, (saved) => withFlash(organisationPath(saved.organisationId), "bodySaved"));
}

export async function updateBodyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateBody, formData, (saved) => withFlash(organisationPath(saved.organisationId), "bodySaved"));
}
