"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { refusalState } from "@/lib/form-state";
import { reviewAnswers } from "@/lib/check-answers";
import { anonymiseReviewSchema } from "@/lib/people/anonymise";
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

/** Check-your-answers, step one: the reason validated like the mutation, then the summary. */
export async function reviewAnonymiseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const review = await reviewAnswers(anonymiseReviewSchema, "registry.write", formData);
  if (!review.ok) return review.state;
  const { id, ...answers } = review.answers;
  redirect(`/people/${encodeURIComponent(id ?? "")}/anonymise/check?${new URLSearchParams(answers).toString()}`);
}

export async function anonymisePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(anonymisePerson, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  redirect(withFlash(`/people/${result.data.id}`, "personAnonymised"));
}
