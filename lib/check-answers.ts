import "server-only";
import type { z } from "zod";
import { getActor } from "./auth/session";
import { MESSAGES } from "./errors";
import type { FormState } from "./form-state";
import { SUBMISSION_FIELD } from "./form-token";
import { can, type Permission } from "./permissions";
import { formDataToObject, toFieldErrors } from "./validation";

/**
 * The first step of "check your answers" (GOV.UK pattern) before an irreversible change: the
 * form's answers are validated with the mutation's own schema and, if sound, carried as they were
 * typed to a summary page. Nothing is written here; the summary's confirm button posts the same
 * answers to the mutation, which checks everything again (docs/ARCHITECTURE.md, "The write path").
 */
export async function reviewAnswers(
  schema: z.ZodType,
  permission: Permission,
  formData: FormData,
): Promise<{ ok: true; query: string; answers: Record<string, string> } | { ok: false; state: FormState }> {
  const actor = await getActor();
  if (!actor) return { ok: false, state: { ok: false, message: MESSAGES.unauthenticated } };
  if (!can(actor.role, permission)) return { ok: false, state: { ok: false, message: MESSAGES.forbidden } };
  const raw = formDataToObject(formData);
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && key !== SUBMISSION_FIELD) answers[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, state: { ok: false, message: MESSAGES.invalid, fieldErrors: toFieldErrors(parsed.error), values: answers } };
  }
  return { ok: true, query: new URLSearchParams(answers).toString(), answers };
}

/** The answers a summary page shows, from its query: strings only, the first of repeated keys. */
export function answersFrom(params: Record<string, string | string[] | undefined>, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const v = params[key];
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string") out[key] = first;
  }
  return out;
}
