"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { saveNoticeRule } from "@/lib/notice/commands";

/** Thin: the mutation authorises (coordinators, admins), validates, writes and audits. */
export async function saveNoticeRuleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(saveNoticeRule, formData, (saved) => `/organizations/${saved.organisationId}?notice=saved#notice`);
}
