import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { formSubmissions } from "@/db/schema";
import { DomainError, MESSAGES } from "./errors";
import { SUBMISSION_FIELD } from "./form-token";
import type { Actor } from "./permissions";
import { z } from "./validation";

/**
 * Every form sends a random id made once per filled-in form (use-action-form.ts, SUBMISSION_FIELD):
 * the write path records it with the write, so the same form sent twice is written once.
 */

/** Repeats are recognised for a day; older rows are removed as new forms are saved. */
const KEEP = sql`interval '1 day'`;

/** The submission id in a form's raw input, if it sent a well-formed one. */
export function submissionIdOf(raw: unknown): string | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const parsed = z.uuid().safeParse((raw as Record<string, unknown>)[SUBMISSION_FIELD]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Claims the id for this write, inside its transaction. A second submission waits on the first's
 * row lock until that one commits (then it is a repeat) or rolls back (then it writes itself).
 * Returns null when the id is new, else what the first submission answered.
 */
export async function claimSubmission(
  tx: Tx,
  claim: { id: string; mutation: string; actor: Actor },
): Promise<{ result: unknown } | null> {
  await tx.delete(formSubmissions).where(lt(formSubmissions.createdAt, sql`now() - ${KEEP}`));
  const inserted = await tx
    .insert(formSubmissions)
    .values({ id: claim.id, mutation: claim.mutation, actorId: claim.actor.id })
    .onConflictDoNothing()
    .returning({ id: formSubmissions.id });
  if (inserted.length > 0) return null;
  const [earlier] = await tx.select().from(formSubmissions).where(eq(formSubmissions.id, claim.id));
  if (!earlier || earlier.mutation !== claim.mutation || earlier.actorId !== claim.actor.id) {
    throw new DomainError("conflict", MESSAGES.conflict);
  }
  return { result: earlier.result };
}

/** Keeps the first answer for a repeat. JSON: what a form's action needs (ids, versions). */
export async function recordSubmissionResult(tx: Tx, id: string, result: unknown): Promise<void> {
  const json = result === undefined ? null : (JSON.parse(JSON.stringify(result)) as unknown);
  await tx.update(formSubmissions).set({ result: json }).where(eq(formSubmissions.id, id));
}
