"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { redirect } from "next/navigation";
import { reviewAnswers } from "@/lib/check-answers";
import { anonymiseReviewSchema } from "@/lib/people/anonymise";
import { anonymisePerson, createPerson, updatePerson } from "@/lib/people/commands";

/** Thin: each hands the form to its mutation and turns the typed result into form state. */

export async function createPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createPerson, formData, (saved) => withFlash(`/people/${saved.id}`, "personSaved"));
}

export async function updatePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updatePerson, formData, (saved) => withFlash(`/people/${saved.id}`, "personSaved"));
}

/** Check-your-answers, step one: the reason validated like the mutation, then the summary. */
export async function reviewAnonymiseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const review = await reviewAnswers(anonymiseReviewSchema, "registry.write", formData);
  if (!review.ok) return review.state;
  const { id, ...answers } = review.answers;
  redirect(`/people/${encodeURIComponent(id ?? "")}/anonymise/check?${new URLSearchParams(answers).toString()}`);
}

export async function anonymisePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(anonymisePerson, formData, (saved) => withFlash(`/people/${saved.id}`, "personAnonymised"));
}
