"use server";

import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions";
import { setReminderPreferences } from "@/lib/reminders/commands";

/** Plain form post: works without JavaScript; the page shows the outcome after the redirect. */
export async function saveReminderPreferencesAction(formData: FormData): Promise<void> {
  const result = await runAction(setReminderPreferences, formData);
  redirect(result.ok ? "/profile?saved=1" : "/profile?refused=1");
}
