import type { z } from "zod";
import { type Tx } from "@/db/client";
import { getDb } from "@/lib/db/connection";
import { recordSecurityEvent, writeAuditEvent, type AuditInput } from "./audit";
import { claimSubmission, recordSubmissionResult, submissionIdOf } from "./form-submissions";
import { DomainError, isDatabaseUnavailable, MESSAGES, sqlState, violatedConstraint, type ErrorCode, type FieldErrors } from "./errors";
import { can, type Actor, type Permission } from "./permissions";
import { toFieldErrors } from "./validation";

export type MutationResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors };

export type MutationContext = {
  tx: Tx;
  actor: Actor;
  /** Records the change in the same transaction. A mutation that records nothing fails. */
  audit: (event: AuditInput) => Promise<void>;
};

export type Mutation<I, T> = ((actor: Actor | null, input: I | unknown) => Promise<MutationResult<T>>) & {
  mutationName: string;
  permission: Permission;
};

/** Maps a database constraint to the field it guards, for the messages a form can show. */
export type ConstraintMessages = Record<string, { field: string; message: string }>;

/**
 * The one write path. Every mutation: authenticate → authorise (deny by default) → validate
 * with zod → run in a transaction → audit event(s) in that transaction → typed result.
 * Anything thrown rolls the transaction back, so nothing half-written stays. A form's
 * submission id is claimed in the same transaction: the same form sent again gets the first
 * answer and writes nothing (lib/form-submissions.ts).
 */
export function defineMutation<S extends z.ZodType, T>(def: {
  /** Stable name, e.g. "users.create": used in logs and denied-access events. */
  name: string;
  permission: Permission;
  schema: S;
  /**
   * Checks beyond the role, inside the transaction (e.g. a department's scope on a date).
   * Return false, or throw a DomainError, to refuse.
   */
  authorize?: (ctx: Omit<MutationContext, "audit">, input: z.output<S>) => Promise<boolean>;
  run: (ctx: MutationContext, input: z.output<S>) => Promise<T>;
  constraints?: ConstraintMessages;
}): Mutation<z.input<S>, T> {
  const fail = (code: ErrorCode, message: string = MESSAGES[code], fieldErrors?: FieldErrors) =>
    ({ ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) }) as const;

  const denied = async (actor: Actor) => {
    await recordSecurityEvent({ action: "access_denied", actor, subject: def.name });
    return fail("forbidden");
  };

  const execute = async (actor: Actor | null, raw: unknown): Promise<MutationResult<T>> => {
    if (!actor) return fail("unauthenticated");
    if (!can(actor.role, def.permission)) return denied(actor);

    const parsed = def.schema.safeParse(raw);
    if (!parsed.success) return fail("invalid", MESSAGES.invalid, toFieldErrors(parsed.error));
    const input = parsed.data;
    const submissionId = submissionIdOf(raw);

    try {
      const db = await getDb();
      const data = await db.transaction(async (tx) => {
        if (submissionId) {
          const repeat = await claimSubmission(tx, { id: submissionId, mutation: def.name, actor });
          if (repeat) return repeat.result as T;
        }
        if (def.authorize && !(await def.authorize({ tx, actor }, input))) {
          throw new DomainError("forbidden", MESSAGES.forbidden);
        }
        let audited = 0;
        const result = await def.run(
          {
            tx,
            actor,
            audit: async (event) => {
              audited++;
              await writeAuditEvent(tx, actor, event);
            },
          },
          input,
        );
        if (audited === 0) throw new Error(`mutation ${def.name} recorded no audit event`);
        if (submissionId) await recordSubmissionResult(tx, submissionId, result);
        return result;
      });
      return { ok: true, data };
    } catch (e) {
      if (e instanceof DomainError) {
        if (e.code === "forbidden") {
          await recordSecurityEvent({ action: "access_denied", actor, subject: def.name });
        }
        return fail(e.code, e.message, e.fieldErrors);
      }
      const known = fromConstraint(e, def.constraints);
      if (known) return known;
      if (isDatabaseUnavailable(e)) {
        console.error(`[mutation] ${def.name}: database unavailable`, e instanceof Error ? e.message : e);
        return fail("unavailable");
      }
      console.error(`[mutation] ${def.name} failed`, e);
      return fail("internal");
    }
  };

  return Object.assign(execute, { mutationName: def.name, permission: def.permission });

  function fromConstraint(e: unknown, messages: ConstraintMessages = {}): MutationResult<T> | undefined {
    const state = sqlState(e);
    // 23xxx: integrity violations; 40001/40P01: serialization failure, deadlock.
    if (!state) return undefined;
    if (state === "40001" || state === "40P01") return fail("stale");
    if (!state.startsWith("23")) return undefined;
    const constraint = violatedConstraint(e);
    const mapped = constraint ? messages[constraint] : undefined;
    if (mapped) return fail("invalid", MESSAGES.invalid, { [mapped.field]: [mapped.message] });
    return fail("conflict", MESSAGES.conflict);
  }
}
