"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { runAction } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
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

/** A plain form post (one button per row): the page shows the outcome after the redirect. */
export async function revokeCalendarTokenAction(formData: FormData): Promise<void> {
  const result = await runAction(revokeCalendarToken, formData);
  revalidatePath("/calendar");
  redirect(result.ok ? withFlash("/calendar", "calendarTokenRevoked") : "/calendar?refused=1");
}
