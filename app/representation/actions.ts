"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { withFlash, type FlashKey } from "@/lib/flash";
import { createRepresentation, endRepresentation, updateRepresentation } from "@/lib/representation/commands";

/** After a change of a seat the organisation's page shows where it now stands. */
function done(organisationId: string, flash: FlashKey = "seatSaved"): string {
  return withFlash(`/organizations/${organisationId}#representatives`, flash);
}

export async function createRepresentationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createRepresentation, formData, (saved) => done(saved.organisationId));
}

export async function updateRepresentationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateRepresentation, formData, (saved) => done(saved.organisationId));
}

export async function endRepresentationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(endRepresentation, formData, (saved) => done(saved.organisationId, "seatEnded"));
}
