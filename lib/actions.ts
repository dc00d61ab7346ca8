import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "./auth/session";
import { isDatabaseUnavailable, MESSAGES } from "./errors";
import { refusalState, type FormState } from "./form-state";
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
  if (actor === "unavailable") return { ok: false, code: "unavailable", message: MESSAGES.unavailable };
  return mutation(actor, input instanceof FormData ? formDataToObject(input) : input);
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
  next: (data: T) => string | Promise<FormState>,
): Promise<FormState> {
  const result = await runAction(mutation, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/", "layout");
  const to = next(result.data);
  if (typeof to === "string") redirect(to);
  return to;
}
