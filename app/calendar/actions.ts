"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { refusalState } from "@/lib/form-state";
import { createCalendarToken, revokeCalendarToken } from "@/lib/calendar/commands";

export type TokenState = (NonNullable<FormState> & { token?: string }) | null;

/** The new token goes back to the page once, to build the URL; only its hash is stored. */
export async function createCalendarTokenAction(_prev: TokenState, formData: FormData): Promise<TokenState> {
  const result = await runAction(createCalendarToken, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/calendar");
  return { ok: true, token: result.data.token };
}

export async function revokeCalendarTokenAction(formData: FormData): Promise<void> {
  await runAction(revokeCalendarToken, formData);
  revalidatePath("/calendar");
}
