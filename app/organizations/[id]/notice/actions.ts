"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { refusalState } from "@/lib/form-state";
import { saveNoticeRule } from "@/lib/notice/commands";

/** Thin: the mutation authorises (coordinators, admins), validates, writes and audits. */
export async function saveNoticeRuleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(saveNoticeRule, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard");
  redirect(`/organizations/${result.data.organisationId}?notice=saved#notice`);
}
