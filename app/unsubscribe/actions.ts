"use server";

import { redirect } from "next/navigation";
import { unsubscribeReminders } from "@/lib/reminders/commands";
import { unsubscribeTarget } from "@/lib/reminders/queries";
import { verifyUnsubscribeToken } from "@/lib/reminders/unsubscribe-token";

/**
 * Signed out on purpose: the signed token in the link is the credential, and it names the one
 * user and kind it may switch off. The write itself takes the one write path as that user.
 */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const claim = verifyUnsubscribeToken(token);
  const user = claim ? await unsubscribeTarget(claim.userId) : null;
  if (!claim || !user) redirect(`/unsubscribe?token=${encodeURIComponent(token)}`);
  const result = await unsubscribeReminders(user, { kind: claim.kind });
  redirect(`/unsubscribe?token=${encodeURIComponent(token)}${result.ok ? "&done=1" : ""}`);
}
