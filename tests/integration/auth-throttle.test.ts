import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, signInAttempts, users } from "@/db/schema";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { beginAttempt, clientAddress, THROTTLE } from "@/lib/auth/throttle";

const PASSWORD = "Spravne-Heslo-2026";

async function makeUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  const email = `auth-${randomUUID().slice(0, 8)}@test.example`;
  const [row] = await db
    .insert(users)
    .values({ email, name: "Testovací uživatel", role: "coordinator", passwordHash: await hashPassword(PASSWORD), ...overrides })
    .returning();
  return row!;
}

/** A made-up address per test, so tests never share a per-address counter. */
const address = () => `198.51.100.${randomUUID().slice(0, 8)}`;

async function authEvents(email: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, "auth"), eq(auditEvents.entityId, email)))
    .orderBy(auditEvents.id);
}

async function attempts(email: string) {
  const db = await getDb();
  return db.select().from(signInAttempts).where(eq(signInAttempts.email, email)).orderBy(signInAttempts.id);
}

describe("password sign-in", () => {
  it("signs in with the right password, records the attempt, the time and the event", async () => {
    const db = await getDb();
    const user = await makeUser();
    const ip = address();
    const result = await authenticateWithPassword(db, { email: `  ${user.email.toUpperCase()} `, password: PASSWORD, ip });
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, role: "coordinator", departmentId: null, sessionVersion: 1 },
    });
    expect((await attempts(user.email)).map((a) => [a.succeeded, a.ip])).toEqual([[true, ip]]);
    const [row] = await db.select({ at: users.lastSignInAt }).from(users).where(eq(users.id, user.id));
    expect(row?.at).toBeInstanceOf(Date);
    const events = await authEvents(user.email);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["sign_in", user.id]]);
  });

  it("gives one answer for a wrong password, an unknown account and a deactivated one", async () => {
    const db = await getDb();
    const user = await makeUser();
    const inactive = await makeUser({ active: false });
    const unknown = `nikdo-${randomUUID().slice(0, 8)}@test.example`;
    const ip = address();

    const wrong = await authenticateWithPassword(db, { email: user.email, password: "spatne-heslo", ip });
    const missing = await authenticateWithPassword(db, { email: unknown, password: PASSWORD, ip });
    const disabled = await authenticateWithPassword(db, { email: inactive.email, password: PASSWORD, ip });
    const empty = await authenticateWithPassword(db, { email: user.email, password: "", ip });
    for (const r of [wrong, missing, disabled, empty]) expect(r).toEqual({ ok: false, error: "CredentialsSignin" });

    const reasons = async (email: string) =>
      (await authEvents(email)).map((e) => [e.action, (e.after as { reason?: string } | null)?.reason]);
    expect(await reasons(user.email)).toEqual([["sign_in_failed", "wrong_password"]]);
    expect(await reasons(unknown)).toEqual([["sign_in_failed", "unknown_account"]]);
    expect(await reasons(inactive.email)).toEqual([["sign_in_failed", "inactive"]]);
  });

  it("never writes the password to the audit log or the attempts table", async () => {
    const db = await getDb();
    const user = await makeUser();
    const typed = `Tajne-${randomUUID()}`;
    await authenticateWithPassword(db, { email: user.email, password: typed, ip: address() });
    await authenticateWithPassword(db, { email: user.email, password: PASSWORD, ip: address() });
    const stored = JSON.stringify([await authEvents(user.email), await attempts(user.email)]);
    expect(stored).not.toContain(typed);
    expect(stored).not.toContain(PASSWORD);
  });
});

describe("throttling", () => {
  it(`refuses the account after ${THROTTLE.maxFailuresPerAccount} failures, even with the right password`, async () => {
    const db = await getDb();
    const user = await makeUser();
    for (let i = 0; i < THROTTLE.maxFailuresPerAccount; i++) {
      // A different address each time: the per-account limit must hold on its own.
      const r = await authenticateWithPassword(db, { email: user.email, password: `spatne-${i}`, ip: address() });
      expect(r).toEqual({ ok: false, error: "CredentialsSignin" });
    }
    const refused = await authenticateWithPassword(db, { email: user.email, password: PASSWORD, ip: address() });
    expect(refused).toEqual({ ok: false, error: "Throttled" });

    const rows = await attempts(user.email);
    expect(rows).toHaveLength(THROTTLE.maxFailuresPerAccount + 1);
    expect(rows.every((r) => !r.succeeded)).toBe(true);
    const events = await authEvents(user.email);
    expect(events.at(-1)?.action).toBe("sign_in_throttled");
    expect(events.at(-1)?.after).toMatchObject({ limit: "account" });
    // A different account is not affected.
    const other = await makeUser();
    expect((await authenticateWithPassword(db, { email: other.email, password: PASSWORD, ip: address() })).ok).toBe(true);
  });

  it("forgets failures older than the window", async () => {
    const db = await getDb();
    const user = await makeUser();
    await db.insert(signInAttempts).values(
      Array.from({ length: THROTTLE.maxFailuresPerAccount + 5 }, () => ({
        email: user.email,
        ip: null,
        succeeded: false,
        at: new Date(Date.now() - (THROTTLE.windowMinutes + 1) * 60_000),
      })),
    );
    expect((await authenticateWithPassword(db, { email: user.email, password: PASSWORD, ip: address() })).ok).toBe(true);
  });

  it("drops attempts older than a day at the next attempt, and keeps the day's", async () => {
    const db = await getDb();
    const old = `old-${randomUUID().slice(0, 8)}@test.example`;
    const recent = `recent-${randomUUID().slice(0, 8)}@test.example`;
    await db.insert(signInAttempts).values([
      { email: old, ip: null, succeeded: false, at: new Date(Date.now() - 25 * 3_600_000) },
      { email: recent, ip: null, succeeded: false, at: new Date(Date.now() - 23 * 3_600_000) },
    ]);
    await beginAttempt(db, { email: `someone-${randomUUID().slice(0, 8)}@test.example`, ip: null });
    expect(await attempts(old)).toEqual([]);
    expect(await attempts(recent)).toHaveLength(1);
  });

  it("counts an account's failures from its last successful sign-in", async () => {
    const db = await getDb();
    const user = await makeUser();
    const fail = () => authenticateWithPassword(db, { email: user.email, password: "spatne", ip: address() });
    for (let i = 0; i < THROTTLE.maxFailuresPerAccount - 1; i++) await fail();
    expect((await authenticateWithPassword(db, { email: user.email, password: PASSWORD, ip: address() })).ok).toBe(true);
    for (let i = 0; i < THROTTLE.maxFailuresPerAccount - 1; i++) await fail();
    expect((await authenticateWithPassword(db, { email: user.email, password: PASSWORD, ip: address() })).ok).toBe(true);
  });

  it(`refuses an address after ${THROTTLE.maxFailuresPerAddress} failures from it, for any account`, async () => {
    const db = await getDb();
    const ip = address();
    await db.insert(signInAttempts).values(
      Array.from({ length: THROTTLE.maxFailuresPerAddress }, (_, i) => ({
        email: `zkouska-${i}-${randomUUID().slice(0, 6)}@test.example`,
        ip,
        succeeded: false,
      })),
    );
    const user = await makeUser();
    const refused = await authenticateWithPassword(db, { email: user.email, password: PASSWORD, ip });
    expect(refused).toEqual({ ok: false, error: "Throttled" });
    expect((await authEvents(user.email)).at(-1)?.after).toMatchObject({ limit: "address", ip });
    // The same account from elsewhere is fine: the address was the problem.
    expect((await authenticateWithPassword(db, { email: user.email, password: PASSWORD, ip: address() })).ok).toBe(true);
  });

  it("lets no more than the limit through when attempts arrive at once", async () => {
    const db = await getDb();
    const email = `souběh-${randomUUID().slice(0, 8)}@test.example`;
    const results = await Promise.all(
      Array.from({ length: THROTTLE.maxFailuresPerAccount + 8 }, () => beginAttempt(db, { email, ip: address() })),
    );
    // Each attempt is written before it is counted, so a burst may be refused more than needed
    // (every attempt sees the whole burst) but never lets more than the limit through.
    const allowed = results.filter((r) => r.throttled === null);
    expect(allowed.length).toBeLessThanOrEqual(THROTTLE.maxFailuresPerAccount);
    expect(await attempts(email)).toHaveLength(THROTTLE.maxFailuresPerAccount + 8);
  });
});

describe("client address", () => {
  it("takes the first X-Forwarded-For hop, then X-Real-IP, else none", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" })).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-real-ip": " 203.0.113.8 " }))).toBe("203.0.113.8");
    expect(clientAddress({ "x-forwarded-for": ["203.0.113.9"] })).toBe("203.0.113.9");
    expect(clientAddress({})).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
  });
});
