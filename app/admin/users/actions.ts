"use server";

import { withFlash } from "@/lib/flash";
import { getTranslations } from "next-intl/server";
import { submitForm } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { createUser, issueSetPasswordLink, resetPassword, updateUser } from "@/lib/users/commands";

/**
 * Thin: each action hands the form to its mutation (which authenticates, authorises, validates,
 * writes and audits) and turns the typed result into form state. Invalid input is an answer,
 * never a thrown error.
 */

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createUser, formData, async (user) => {
    // The link is shown once, here: it never travels in a redirect's address or a flash.
    if (!user.link) return withFlash("/admin/users", "userCreated");
    const t = await getTranslations("users");
    return { ok: true, message: t("created"), setPasswordLink: user.link };
  });
}

export async function issueSetPasswordLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(issueSetPasswordLink, formData, async (issued) => ({ ok: true, setPasswordLink: issued.link }));
}

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateUser, formData, async (user) => {
    const t = await getTranslations("users");
    return { ok: true, message: t("saved"), version: user.version };
  });
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(resetPassword, formData, async () => {
    const t = await getTranslations("users");
    return { ok: true, message: t("passwordReset") };
  });
}
