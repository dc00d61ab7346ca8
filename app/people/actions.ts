"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { refusalState } from "@/lib/form-state";
import { anonymisePerson, createPerson, updatePerson } from "@/lib/people/commands";

/** Thin: each hands the form to its mutation and turns the typed result into form state. */

export async function createPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(createPerson, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/people");
  redirect(withFlash(`/people/${result.data.id}`, "personSaved"));
}

export async function updatePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(updatePerson, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/people");
  redirect(withFlash(`/people/${result.data.id}`, "personSaved"));
}

export async function anonymisePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(anonymisePerson, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  redirect(withFlash(`/people/${result.data.id}`, "personAnonymised"));
}
