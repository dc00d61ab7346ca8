import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { REMINDER_KINDS, type ReminderKind } from "./kinds";

/**
 * The credential of an unsubscribe link, so that it works without signing in: the user and the
 * kind, signed with the app's secret. It can do one thing only, switch that kind off for that
 * user, so it never expires; a tampered token verifies as nothing.
 */
function mac(userId: string, kind: ReminderKind): string {
  return createHmac("sha256", authSecret()).update(`unsubscribe:${userId}:${kind}`).digest("base64url");
}

export function unsubscribeToken(userId: string, kind: ReminderKind): string {
  return `${userId}.${kind}.${mac(userId, kind)}`;
}

export function verifyUnsubscribeToken(token: string): { userId: string; kind: ReminderKind } | null {
  const [userId, kind, signature, ...rest] = token.split(".");
  if (!userId || !kind || !signature || rest.length > 0) return null;
  if (!(REMINDER_KINDS as readonly string[]).includes(kind)) return null;
  const expected = Buffer.from(mac(userId, kind as ReminderKind));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, kind: kind as ReminderKind };
}
