"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withFlash } from "@/lib/flash";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import type { MutationResult } from "@/lib/mutation";
import { createUser, issueSetPasswordLink, resetPassword, updateUser } from "@/lib/users/commands";

/**
 * Thin: each action hands the form to its mutation (which authenticates, authorises, validates,
 * writes and audits) and turns the typed result into form state. Invalid input is an answer,
 * never a thrown error.
 */

/** The fields a refused form shows again; the password is never sent back. */
function echo(formData: FormData, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = formData.get(f);
    if (typeof v === "string") out[f] = v;
  }
  return out;
}

/** A refusal. Input is echoed only to someone who may use the form: a caller without the
 * permission (or without a session) learns nothing back, not even what they sent. */
function refused(result: Extract<MutationResult<unknown>, { ok: false }>, values?: Record<string, string>): FormState {
  const mayUseForm = result.code !== "forbidden" && result.code !== "unauthenticated";
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: mayUseForm ? values : undefined };
}

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(createUser, formData);
  if (!result.ok) return refused(result, echo(formData, ["name", "email", "role", "departmentId"]));
  revalidatePath("/admin/users");
  // The link is shown once, here: it never travels in a redirect's address or a flash.
  if (result.data.link) {
    const t = await getTranslations("users");
    return { ok: true, message: t("created"), setPasswordLink: result.data.link };
  }
  redirect(withFlash("/admin/users", "userCreated"));
}

export async function issueSetPasswordLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(issueSetPasswordLink, formData);
  if (!result.ok) return refused(result);
  return { ok: true, setPasswordLink: result.data.link };
}

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(updateUser, formData);
  if (!result.ok) return refused(result, echo(formData, ["name", "role", "departmentId", "active"]));
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${result.data.id}`);
  const t = await getTranslations("users");
  return { ok: true, message: t("saved"), version: result.data.version };
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(resetPassword, formData);
  if (!result.ok) return refused(result);
  const t = await getTranslations("users");
  return { ok: true, message: t("passwordReset") };
}
