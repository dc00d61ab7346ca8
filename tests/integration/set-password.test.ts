import { and, desc, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, calendarTokens, mailOutbox, setPasswordTokens, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { createCalendarToken } from "@/lib/calendar/commands";
import type { Actor } from "@/lib/permissions";
import { createUser, INACTIVE_LINK, issueSetPasswordLink, resetPassword, updateUser } from "@/lib/users/commands";
import { hashSetPasswordToken, SET_PASSWORD_LINK_HOURS, setPasswordTokenState, setPasswordWithToken } from "@/lib/users/set-password";
import { makeActor, unique } from "../helpers/factories";

/** One-time set-password links, through the real write path on the real database. */

const PASSWORD = "Nové-heslo-z-odkazu-2026";
const HOUR = 3_600_000;

const tokenOf = (url: string) => decodeURIComponent(new URL(url).pathname.split("/").at(-1)!);

async function createWithoutPassword(admin: Actor) {
  const email = `${unique("bez-hesla")}@praha.example`;
  const result = await createUser(admin, { name: "Petr Odkaz", email, role: "auditor", departmentId: "", password: "" });
  if (!result.ok) throw new Error(result.message);
  const link = result.data.link;
  if (!link) throw new Error("no link issued");
  return { id: result.data.id, email, link, token: tokenOf(link.url) };
}

async function userRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function eventsOf(entityId: string) {
  const db = await getDb();
  return db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(auditEvents.id);
}

describe("set-password links", () => {
  it("creates an account without a password, with a link valid 72 hours, stored hashed and mailed once", async () => {
    const admin = await makeActor("admin");
    const before = Date.now();
    const { id, email, link, token } = await createWithoutPassword(admin);

    const user = await userRow(id);
    expect(user.passwordHash).toBeNull();
    expect(link.url).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
    const expires = Date.parse(link.expiresAt);
    expect(expires - before).toBeGreaterThanOrEqual(SET_PASSWORD_LINK_HOURS * HOUR - 1000);
    expect(expires - Date.now()).toBeLessThanOrEqual(SET_PASSWORD_LINK_HOURS * HOUR);

    const db = await getDb();
    const rows = await db.select().from(setPasswordTokens).where(eq(setPasswordTokens.userId, id));
    expect(rows).toHaveLength(1);
    // At rest only the hash: the token itself is nowhere in the row.
    expect(rows[0]!.tokenHash).toBe(hashSetPasswordToken(token));
    expect(JSON.stringify(rows[0])).not.toContain(token);
    expect(rows[0]!.createdById).toBe(admin.id);

    // Mailed once through the outbox (no SMTP in tests).
    expect(link.mailed).toBe(true);
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(link.url);

    const events = await eventsOf(id);
    expect(events.map((e) => e.action)).toEqual(["create", "issue_password_link"]);
    expect(events[1]!.actorId).toBe(admin.id);
    expect(events[1]!.after).toMatchObject({ mailedTo: email, linkExpiresAt: link.expiresAt });
    // The audit log never holds the token.
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it("sets the password once, audited as the user, ending sessions and calendar feeds like a reset", async () => {
    const admin = await makeActor("admin");
    const { id, token } = await createWithoutPassword(admin);
    const owner = await userRow(id);
    const actor: Actor = { id, email: owner.email, name: owner.name, role: owner.role, departmentId: null };
    const feed = await createCalendarToken(actor, { scope: "all" });
    expect(feed.ok).toBe(true);

    const mismatch = await setPasswordWithToken({ token, password: PASSWORD, passwordConfirm: `${PASSWORD}x` });
    expect(mismatch).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { passwordConfirm: [expect.stringContaining("neshodují")] } });
    const short = await setPasswordWithToken({ token, password: "krátké", passwordConfirm: "krátké" });
    expect(short).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { password: [expect.stringContaining("alespoň")] } });
    expect(await setPasswordTokenState(token)).toBe("valid");

    const done = await setPasswordWithToken({ token, password: PASSWORD, passwordConfirm: PASSWORD });
    expect(done).toEqual({ ok: true, email: owner.email });
    const after = await userRow(id);
    expect(await verifyPassword(after.passwordHash, PASSWORD)).toBe(true);
    expect(after.sessionVersion).toBe(owner.sessionVersion + 1);

    const db = await getDb();
    const [feedRow] = await db.select().from(calendarTokens).where(eq(calendarTokens.userId, id));
    expect(feedRow!.revokedAt).not.toBeNull();

    const events = await eventsOf(id);
    const set = events.find((e) => e.action === "set_password");
    expect(set?.actorId).toBe(id);
    const revoked = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, feedRow!.id), eq(auditEvents.action, "revoke")));
    expect(revoked).toHaveLength(1);
    expect(revoked[0]!.note).toBe("set_password");

    // Single use: the second try changes nothing.
    expect(await setPasswordTokenState(token)).toBe("used");
    const again = await setPasswordWithToken({ token, password: "Jiné-heslo-2026-xyz", passwordConfirm: "Jiné-heslo-2026-xyz" });
    expect(again).toEqual({ ok: false, reason: "used" });
    expect(await verifyPassword((await userRow(id)).passwordHash, PASSWORD)).toBe(true);
  });

  it("expires at 72 hours, not before", async () => {
    const admin = await makeActor("admin");
    const { id, link, token } = await createWithoutPassword(admin);
    const expires = new Date(link.expiresAt);

    expect(await setPasswordTokenState(token, new Date(expires.getTime() - 60_000))).toBe("valid");
    expect(await setPasswordTokenState(token, expires)).toBe("expired");
    const late = await setPasswordWithToken({ token, password: PASSWORD, passwordConfirm: PASSWORD }, new Date(expires.getTime() + 1000));
    expect(late).toEqual({ ok: false, reason: "expired" });
    expect((await userRow(id)).passwordHash).toBeNull();

    const inTime = await setPasswordWithToken({ token, password: PASSWORD, passwordConfirm: PASSWORD }, new Date(expires.getTime() - 1000));
    expect(inTime.ok).toBe(true);
  });

  it("a new link revokes the earlier one; unknown tokens and inactive accounts get nothing", async () => {
    const admin = await makeActor("admin");
    const { id, token: first } = await createWithoutPassword(admin);

    const renewed = await issueSetPasswordLink(admin, { id });
    if (!renewed.ok) throw new Error(renewed.message);
    const second = tokenOf(renewed.data.link.url);
    expect(second).not.toBe(first);
    expect(await setPasswordTokenState(first)).toBe("used");
    expect(await setPasswordTokenState(second)).toBe("valid");
    expect(await setPasswordWithToken({ token: first, password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, reason: "used" });

    expect(await setPasswordWithToken({ token: `${second}x`, password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, reason: "unknown" });
    expect(await setPasswordWithToken({ token: "short", password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, reason: "unknown" });

    // Only administrators issue links.
    const coordinator = await makeActor("coordinator");
    expect(await issueSetPasswordLink(coordinator, { id })).toMatchObject({ ok: false, code: "forbidden" });

    // A deactivated account: its open link stops working, and no new one is issued.
    const row = await userRow(id);
    const off = await updateUser(admin, { id, version: String(row.version), name: row.name, role: row.role, departmentId: "" });
    expect(off.ok).toBe(true);
    expect(await setPasswordTokenState(second)).toBe("unknown");
    expect(await setPasswordWithToken({ token: second, password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, reason: "unknown" });
    expect(await issueSetPasswordLink(admin, { id })).toMatchObject({ ok: false, message: INACTIVE_LINK });

    const db = await getDb();
    const issued = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), like(auditEvents.action, "issue_password_link")))
      .orderBy(desc(auditEvents.id));
    expect(issued).toHaveLength(2);
  });

  it("an administrator's password reset cancels a link still out", async () => {
    const admin = await makeActor("admin");
    const { id, token } = await createWithoutPassword(admin);
    const reset = await resetPassword(admin, { id, password: PASSWORD });
    expect(reset.ok).toBe(true);
    expect(await setPasswordTokenState(token)).toBe("used");
    expect(await setPasswordWithToken({ token, password: "Jiné-heslo-2026-xyz", passwordConfirm: "Jiné-heslo-2026-xyz" })).toEqual({ ok: false, reason: "used" });
    expect(await verifyPassword((await userRow(id)).passwordHash, PASSWORD)).toBe(true);
  });

  it("with a typed password no link is made", async () => {
    const admin = await makeActor("admin");
    const result = await createUser(admin, {
      name: "Eva Heslo",
      email: `${unique("heslo")}@praha.example`,
      role: "auditor",
      departmentId: "",
      password: PASSWORD,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.data.link).toBeNull();
    const db = await getDb();
    expect(await db.select().from(setPasswordTokens).where(eq(setPasswordTokens.userId, result.data.id))).toHaveLength(0);
  });
});
