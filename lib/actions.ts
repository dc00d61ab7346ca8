import "server-only";
import { getActor } from "./auth/session";
import { isDatabaseUnavailable, MESSAGES } from "./errors";
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
