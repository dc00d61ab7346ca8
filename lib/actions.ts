import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "./auth/session";
import { isDatabaseUnavailable, MESSAGES } from "./errors";
import { refusalState, type FormState } from "./form-state";
import { uiLocale } from "./i18n/ui-locale";
import { fieldErrorsInEnglish, messageInEnglish } from "./i18n/validation-en";
import type { Locale } from "./i18n/config";
import type { Mutation, MutationResult } from "./mutation";
import { formDataToObject } from "./validation";

/**
 * What a server action does, whatever it is: authenticate (re-read the user), then hand the raw
 * input to the mutation, which authorises, validates, writes and audits. Actions stay thin.
 */
export async function runAction<I, T>(mutation: Mutation<I, T>, input: FormData | unknown): Promise<MutationResult<T>> {
  // Reading the user needs the database too: when it is down the form is refused like any other
  // (and keeps what was typed), not replaced by an error page.
  const actor = await getActor().catch((e: unknown) => {
    if (isDatabaseUnavailable(e)) return "unavailable" as const;
    throw e;
  });
  const result: MutationResult<T> =
    actor === "unavailable"
      ? { ok: false, code: "unavailable", message: MESSAGES.unavailable }
      : await mutation(actor, input instanceof FormData ? formDataToObject(input) : input);
  return inUiLanguage(result, await uiLocale());
}

/**
 * A refusal in the UI's language: the write path words it in Czech (one schema per form), the
 * English UI reads it through lib/i18n/validation-en.ts. Successes pass as they are.
 */
export function inUiLanguage<T>(result: MutationResult<T>, locale: Locale): MutationResult<T> {
  if (result.ok || locale === "cs") return result;
  return {
    ...result,
    message: messageInEnglish(result.message),
    ...(result.fieldErrors ? { fieldErrors: fieldErrorsInEnglish(result.fieldErrors) } : {}),
  };
}

/**
 * The body of every form's server action: run the mutation; when it is refused, answer with the
 * form state that shows the form again with its errors and what was typed; when it is saved,
 * refresh what the browser holds of every page (a write can change any list, count or
 * dashboard) and go on to the URL `next` names, or stay on the form with the state it returns.
 */
export async function submitForm<I, T>(
  mutation: Mutation<I, T>,
  formData: FormData,
  next: (data: T) => string | Promise<FormState | string>,
): Promise<FormState> {
  const result = await runAction(mutation, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  const to = await next(result.data);
  if (typeof to === "string") redirect(to);
  return to;
}
