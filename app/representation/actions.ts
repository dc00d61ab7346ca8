"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { withFlash, type FlashKey } from "@/lib/flash";
import { refusalState } from "@/lib/form-state";
import { createRepresentation, endRepresentation, updateRepresentation } from "@/lib/representation/commands";

/** After a change of a seat the organisation's page shows where it now stands. */
function done(organisationId: string, flash: FlashKey = "seatSaved"): never {
  revalidatePath("/", "layout");
  redirect(withFlash(`/organizations/${organisationId}#representatives`, flash));
}

export async function createRepresentationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(createRepresentation, formData);
  if (!result.ok) return refusalState(result, formData);
  done(result.data.organisationId);
}

export async function updateRepresentationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(updateRepresentation, formData);
  if (!result.ok) return refusalState(result, formData);
  done(result.data.organisationId);
}

export async function endRepresentationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(endRepresentation, formData);
  if (!result.ok) return refusalState(result, formData);
  done(result.data.organisationId, "seatEnded");
}
