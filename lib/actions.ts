import "server-only";
import { getActor } from "./auth/session";
import { isDatabaseUnavailable, MESSAGES } from "./errors";
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
