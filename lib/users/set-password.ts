import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { type Queryable } from "@/db/client";
import { getDb } from "@/lib/db/connection";
import { calendarTokens, setPasswordTokens, users } from "@/db/schema";
import { applyNextAuthUrlDefault } from "@/lib/auth/secret";
import { hashPassword } from "@/lib/auth/password";
import { DomainError, MESSAGES, type FieldErrors } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { defaultTransport, type Mail } from "@/lib/reminders/transport";
import { setPasswordWithTokenSchema } from "./schemas";

/**
 * One-time links to set a password: an administrator creates an account without typing a
 * password, and its owner chooses one. The token is 32 random bytes; only its SHA-256 is stored
 * (a leaked table opens no account), it is valid SET_PASSWORD_LINK_HOURS, once, and a newer link
 * revokes the older ones. Using it ends the user's sessions and revokes their calendar feeds,
 * as a password reset does (lib/users/commands.ts, resetPassword).
 */
export const SET_PASSWORD_LINK_HOURS = 72;

export const hashSetPasswordToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function setPasswordUrl(token: string): string {
  return new URL(`/set-password/${encodeURIComponent(token)}`, applyNextAuthUrlDefault()).toString();
}

/** Inside a mutation's transaction: revokes the user's open links and makes a new one. */
export async function issueSetPasswordToken(tx: Queryable, userId: string, createdById: string, now = new Date()) {
  await tx
    .update(setPasswordTokens)
    .set({ revokedAt: now })
    .where(and(eq(setPasswordTokens.userId, userId), isNull(setPasswordTokens.usedAt), isNull(setPasswordTokens.revokedAt)));
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SET_PASSWORD_LINK_HOURS * 3_600_000);
  const [row] = await tx
    .insert(setPasswordTokens)
    .values({ userId, tokenHash: hashSetPasswordToken(token), createdById, createdAt: now, expiresAt })
    .returning({ id: setPasswordTokens.id, expiresAt: setPasswordTokens.expiresAt });
  if (!row) throw new Error("insert returned nothing");
  return { token, url: setPasswordUrl(token), id: row.id, expiresAt: row.expiresAt };
}

const dateTime = (d: Date) =>
  new Intl.DateTimeFormat("cs-CZ", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Prague" }).format(d);

function setPasswordMail(to: string, name: string, url: string, expiresAt: Date): Mail {
  const subject = "Registr členství: nastavte si heslo";
  const lines = [
    `Dobrý den, ${name},`,
    "",
    "v Registru členství vám byl založen účet. Heslo si nastavíte na této adrese:",
    url,
    "",
    `Odkaz platí do ${dateTime(expiresAt)} a lze ho použít jen jednou. Pokud vyprší, požádejte správce o nový.`,
  ];
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
  const html = [
    `<p>${escape(lines[0]!)}</p>`,
    `<p>${escape(lines[2]!)}<br><a href="${escape(url)}">${escape(url)}</a></p>`,
    `<p>${escape(lines[5]!)}</p>`,
  ].join("\n");
  return { to, subject, text: lines.join("\n"), html };
}

/**
 * Mails the link once. With no SMTP server (the embedded demo) it is queued in the mail outbox in
 * the caller's transaction; an SMTP failure does not undo the account: the admin has the link on
 * screen, so it is reported as not sent instead.
 */
export async function mailSetPasswordLink(tx: Queryable, user: { email: string; name: string }, url: string, expiresAt: Date): Promise<boolean> {
  const transport = defaultTransport();
  const mail = setPasswordMail(user.email, user.name, url, expiresAt);
  if (transport.name === "outbox") {
    await transport.send(tx, mail, null);
    return true;
  }
  try {
    await transport.send(tx, mail, null);
    return true;
  } catch (e) {
    console.error("[users] set-password mail not sent:", e instanceof Error ? e.message : e);
    return false;
  }
}

export type TokenState = "valid" | "expired" | "used" | "unknown";

async function findToken(db: Queryable, token: string) {
  const [row] = await db
    .select()
    .from(setPasswordTokens)
    .where(eq(setPasswordTokens.tokenHash, hashSetPasswordToken(token)));
  return row;
}

function stateOf(row: typeof setPasswordTokens.$inferSelect | undefined, active: boolean, now: Date): TokenState {
  if (!row || !active) return "unknown";
  if (row.usedAt || row.revokedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** What the public page shows before the form: a usable link, or why not. Reads only. */
export async function setPasswordTokenState(token: string, now = new Date()): Promise<TokenState> {
  if (token.length < 20 || token.length > 200) return "unknown";
  const db = await getDb();
  const row = await findToken(db, token);
  if (!row) return "unknown";
  const [user] = await db.select({ active: users.active }).from(users).where(eq(users.id, row.userId));
  return stateOf(row, user?.active ?? false, now);
}

/** The e-mail of a usable link's account, shown on its page (the link already grants more). */
export async function setPasswordTokenOwner(token: string): Promise<string | null> {
  const db = await getDb();
  const row = await findToken(db, token);
  if (!row) return null;
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, row.userId));
  return user?.email ?? null;
}

export type SetPasswordResult =
  | { ok: true; email: string }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; reason: Exclude<TokenState, "valid"> | "unavailable" };

/**
 * The write, through the one write path as the link's owner (like the unsubscribe link): it locks
 * the token row, checks it again, writes the password, ends the user's sessions, marks the link
 * used and revokes calendar feeds, with the audit events, in one transaction.
 */
const setPasswordMutation = (now: Date) =>
  defineMutation({
    name: "users.setPasswordWithLink",
    permission: "password.own",
    schema: setPasswordWithTokenSchema,
    run: async ({ tx, actor, audit }, input) => {
      const [row] = await tx
        .select()
        .from(setPasswordTokens)
        .where(eq(setPasswordTokens.tokenHash, hashSetPasswordToken(input.token)))
        .for("update");
      if (!row || row.userId !== actor.id) throw new DomainError("invalid", MESSAGES.invalid);
      // Checked again under the lock: a second use racing the first finds it used.
      if (stateOf(row, true, now) !== "valid") throw new DomainError("invalid", MESSAGES.invalid);

      await tx.update(setPasswordTokens).set({ usedAt: now }).where(eq(setPasswordTokens.id, row.id));
      await tx
        .update(users)
        .set({ passwordHash: await hashPassword(input.password), sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
        .where(eq(users.id, actor.id));
      await audit({
        entity: "user",
        entityId: actor.id,
        action: "set_password",
        after: { passwordHash: "set", linkExpiresAt: row.expiresAt.toISOString() },
      });
      // As after a reset (lib/users/commands.ts, resetPassword): feeds made before stop.
      const revoked = await tx
        .update(calendarTokens)
        .set({ revokedAt: now })
        .where(and(eq(calendarTokens.userId, actor.id), isNull(calendarTokens.revokedAt)))
        .returning({ id: calendarTokens.id, revokedAt: calendarTokens.revokedAt });
      for (const token of revoked) {
        await audit({ entity: "calendar_token", entityId: token.id, action: "revoke", after: token, note: "set_password" });
      }
      return { email: actor.email };
    },
  });

/**
 * Sets the password through a link. There is no session: the link is the credential. It names
 * its account, which becomes the actor of the write (deactivated accounts get none).
 */
export async function setPasswordWithToken(raw: Record<string, unknown>, now = new Date()): Promise<SetPasswordResult> {
  const token = typeof raw.token === "string" ? raw.token.trim() : "";
  if (token.length < 20 || token.length > 200) return { ok: false, reason: "unknown" };
  const db = await getDb();
  const row = await findToken(db, token);
  const [user] = row
    ? await db
        .select({ id: users.id, email: users.email, name: users.name, role: users.role, departmentId: users.departmentId, active: users.active })
        .from(users)
        .where(eq(users.id, row.userId))
    : [];
  const state = stateOf(row, user?.active ?? false, now);
  if (state !== "valid" || !user) return { ok: false, reason: state === "valid" ? "unknown" : state };

  const { active: _active, ...actor } = user;
  const result = await setPasswordMutation(now)(actor, { ...raw, token });
  if (result.ok) return { ok: true, email: result.data.email };
  if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) return { ok: false, reason: "invalid", fieldErrors: result.fieldErrors };
  // A refusal from inside the lock (used or expired in the meantime) carries no field errors.
  const again = await setPasswordTokenState(token, now);
  return { ok: false, reason: again === "valid" ? "unavailable" : again };
}
