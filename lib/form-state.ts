import type { MutationResult } from "./mutation";

/** What a form's server action answers: the typed refusal of the write path, or a success note. */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The submitted values (never passwords), so a refused form keeps what the user typed. */
  values?: Record<string, string>;
  /** The saved row's new version, for the hidden field of a form that stays open. */
  version?: number;
  /** A one-time set-password link, shown to the administrator once (lib/users/set-password.ts). */
  setPasswordLink?: { url: string; expiresAt: string; mailed: boolean; email: string };
} | null;

/**
 * A refused mutation as form state: the message, the field errors, and what the user typed (so
 * the form shows it again), minus secrets and Next's own fields. Input is echoed only to someone
 * who may use the form: a caller without the permission (or without a session) learns nothing
 * back, not even what they sent.
 */
export function refusalState(result: Extract<MutationResult<unknown>, { ok: false }>, formData?: FormData): FormState {
  const mayUseForm = result.code !== "forbidden" && result.code !== "unauthenticated";
  const values: Record<string, string> = {};
  for (const [key, value] of (mayUseForm ? formData?.entries() : undefined) ?? []) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !/password/i.test(key)) values[key] = value;
  }
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: mayUseForm ? values : undefined };
}
