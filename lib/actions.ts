import "server-only";
import { getActor } from "./auth/session";
import type { Mutation, MutationResult } from "./mutation";
import { formDataToObject } from "./validation";

/**
 * What a server action does, whatever it is: authenticate (re-read the user), then hand the raw
 * input to the mutation, which authorises, validates, writes and audits. Actions stay thin.
 */
export async function runAction<I, T>(mutation: Mutation<I, T>, input: FormData | unknown): Promise<MutationResult<T>> {
  const actor = await getActor();
  return mutation(actor, input instanceof FormData ? formDataToObject(input) : input);
}
