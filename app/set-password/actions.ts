"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { MESSAGES } from "@/lib/errors";
import { setPasswordWithToken } from "@/lib/users/set-password";
import { formDataToObject } from "@/lib/validation";

/**
 * Signed out on purpose: the one-time link is the credential (lib/users/set-password.ts checks it
 * and writes as its owner). A link that cannot be used leads back to its page, which says why.
 */
export async function setPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "");
  const path = `/set-password/${encodeURIComponent(token)}`;
  const result = await setPasswordWithToken(formDataToObject(formData));
  if (result.ok) redirect(`${path}?done=1`);
  if (result.reason === "invalid") return { ok: false, message: MESSAGES.invalid, fieldErrors: result.fieldErrors };
  if (result.reason === "unavailable") return { ok: false, message: MESSAGES.unavailable };
  redirect(path);
}
