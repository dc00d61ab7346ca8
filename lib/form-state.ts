import type { FormState } from "@/components/ui/use-action-form";
import type { MutationResult } from "./mutation";

/**
 * A refused mutation as form state: the message, the field errors, and what the user typed (so
 * the form shows it again), minus secrets and Next's own fields.
 */
export function refusalState(result: Extract<MutationResult<unknown>, { ok: false }>, formData?: FormData): FormState {
  const values: Record<string, string> = {};
  for (const [key, value] of formData?.entries() ?? []) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !/password/i.test(key)) values[key] = value;
  }
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
}
