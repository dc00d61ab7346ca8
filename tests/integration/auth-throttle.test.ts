import { randomBytes, randomUUID } from "node:crypto";
import { and, count, eq, inArray, like, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, signInAttempts, users } from "@/db/schema";
import { authenticateWithPassword, signInErrorCode, type PasswordSignInResult } from "@/lib/auth/credentials";
import { issueDeviceCookie } from "@/lib/auth/device";
import { hashPassword } from "@/lib/auth/password";
import { backOffSeconds, beginAttempt, clientAddress, PEER_ADDRESS_HEADER, THROTTLE } from "@/lib/auth/throttle";

const PASSWORD = "Spravne-Heslo-2026";
// The key device cookies are signed with; any 32 bytes do for the tests.
const secret = randomBytes(32).toString("base64url");

async function makeUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  const email = `auth-${randomUUID().slice(0, 8)}@test.example`;
  const [row] = await db
    .insert(users)
    .values({ email, name: "Testovací uživatel", role: "coordinator", passwordHash: await hashPassword(PASSWORD), ...overrides })
    .returning();
  return row!;
}

/** A made-up address per call, so tests never share a per-address counter. */
const address = () => `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;

async function signIn(email: string, password: string, extra: { ip?: string | null; deviceCookie?: string | null } = {}) {
  return authenticateWithPassword(await getDb(), { email, password, ip: extra.ip ?? address(), deviceCookie: extra.deviceCookie, secret });
}

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

/** Moves an account's attempts into the past, as if the attacker had waited. */
async function age(email: string, seconds: number) {
  const db = await getDb();
  await db
    .update(signInAttempts)
    .set({ at: sql`${signInAttempts.at} - ${sql.raw(`interval '${seconds} seconds'`)}` })
    .where(eq(signInAttempts.email, email));
}

/**
 * Attempts some tests make in bulk (a flood, a spray) count towards the ceiling for everyone;
 * they are throttling state, not records, so they go after the test rather than slow the next.
 */
const bulkPrefix = `bulk-${randomUUID().slice(0, 6)}-`;
// Opening the embedded database (migrations, seed) is not the first test's time.
beforeAll(async () => {
  await getDb();
});
afterEach(async () => {
  const db = await getDb();
  await db.delete(signInAttempts).where(like(signInAttempts.email, `${bulkPrefix}%`));
});

const ok = (r: PasswordSignInResult) => {
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return r as Extract<PasswordSignInResult, { ok: true }>;
};

describe("password sign-in", () => {
  it("signs in with the right password, records the attempt, the time and the event, and remembers the device", async () => {
    const db = await getDb();
    const user = await makeUser();
    const ip = address();
    const result = ok(await signIn(`  ${user.email.toUpperCase()} `, PASSWORD, { ip }));
    expect(result.user).toEqual({ id: user.id, email: user.email, name: user.name, role: "coordinator", departmentId: null, sessionVersion: 1 });
    expect(result.deviceCookie.startsWith(`${user.id}.`)).toBe(true);
    expect(result.knownDevice).toBe(false);
    expect((await attempts(user.email)).map((a) => [a.succeeded, a.ip])).toEqual([[true, ip]]);
    const [row] = await db.select({ at: users.lastSignInAt }).from(users).where(eq(users.id, user.id));
    expect(row?.at).toBeInstanceOf(Date);
    const events = await authEvents(user.email);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["sign_in", user.id]]);
  });

  it("gives one answer for a wrong password, an unknown account and a deactivated one", async () => {
    const user = await makeUser();
    const inactive = await makeUser({ active: false });
    const unknown = `nikdo-${randomUUID().slice(0, 8)}@test.example`;
    const ip = address();

    const answers = [
      await signIn(user.email, "spatne-heslo", { ip }),
      await signIn(unknown, PASSWORD, { ip }),
      await signIn(inactive.email, PASSWORD, { ip }),
      await signIn(user.email, "", { ip }),
    ];
    for (const r of answers) expect(r).toEqual({ ok: false, error: "CredentialsSignin" });

    // Failures of existing accounts are recorded one by one; see the flood test for unknown ones.
    const reasons = async (email: string) =>
      (await authEvents(email)).map((e) => [e.action, (e.after as { reason?: string } | null)?.reason]);
    expect(await reasons(user.email)).toEqual([["sign_in_failed", "wrong_password"]]);
    expect(await reasons(inactive.email)).toEqual([["sign_in_failed", "inactive"]]);
  });

  it("never writes the password to the audit log or the attempts table", async () => {
    const user = await makeUser();
    const typed = `Tajne-${randomUUID()}`;
    await signIn(user.email, typed);
    await signIn(user.email, PASSWORD);
    const stored = JSON.stringify([await authEvents(user.email), await attempts(user.email)]);
    expect(stored).not.toContain(typed);
    expect(stored).not.toContain(PASSWORD);
  });
});

describe("no internal error text reaches the client", () => {
  it("answers a database failure with a correlation id, logs it, and shows nothing of the SQL", async () => {
    const db = await getDb();
    const user = await makeUser();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let result: PasswordSignInResult | undefined;
    try {
      // A real failure of the real database: every statement in an aborted transaction fails.
      await db
        .transaction(async (tx) => {
          await tx.execute(sql`select 1 / 0`).catch(() => undefined);
          result = await authenticateWithPassword(tx, { email: user.email, password: PASSWORD, ip: address(), secret });
          throw new Error("rollback");
        })
        .catch(() => undefined);
      expect(result).toMatchObject({ ok: false, error: "Unavailable" });
      const failure = result as Extract<PasswordSignInResult, { error: "Unavailable" }>;
      const code = signInErrorCode(failure);
      expect(code).toMatch(/^Unavailable:[0-9a-f]{8}$/);
      expect(code).not.toMatch(/query|select|insert|sign_in|params/i);
      expect(logged.mock.calls.some((c) => String(c[0]).includes(failure.correlationId))).toBe(true);
    } finally {
      logged.mockRestore();
    }
  });

  it("refuses an e-mail or password with a NUL byte as wrong credentials, before any query", async () => {
    const user = await makeUser();
    const before = (await attempts(user.email)).length;
    for (const [email, password] of [
      [`${user.email}\u0000`, PASSWORD],
      [user.email, `${PASSWORD}\u0000`],
    ] as const) {
      const r = await signIn(email, password);
      expect(r).toEqual({ ok: false, error: "CredentialsSignin" });
      expect(signInErrorCode(r as Exclude<PasswordSignInResult, { ok: true }>)).toBe("CredentialsSignin");
    }
    expect(await attempts(user.email)).toHaveLength(before);
  });
});

describe("throttling per account: a back-off that stops the attacker, not the owner", () => {
  it("waits 1, 2, 4, 8 and at most 15 minutes after the free failures", () => {
    const free = THROTTLE.freeFailures;
    expect([free - 1, free, free + 1, free + 2, free + 3, free + 4, free + 30].map(backOffSeconds)).toEqual([
      0, 60, 120, 240, 480, 900, 900,
    ]);
  });

  it("makes a stranger wait after the free failures, and throttled attempts neither count nor extend the wait", async () => {
    const user = await makeUser();
    for (let i = 0; i < THROTTLE.freeFailures; i++) {
      // A different address each time: the per-account limit must hold on its own.
      expect(await signIn(user.email, `spatne-${i}`)).toEqual({ ok: false, error: "CredentialsSignin" });
    }
    const first = await signIn(user.email, PASSWORD);
    expect(first).toMatchObject({ ok: false, error: "Throttled" });
    const firstWait = (first as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(firstWait).toBeGreaterThan(50);
    expect(firstWait).toBeLessThanOrEqual(60);
    expect(signInErrorCode(first as Exclude<PasswordSignInResult, { ok: true }>)).toBe("Throttled:1");

    // The attacker keeps trying during the wait: every attempt is refused, none is a failure.
    for (let i = 0; i < 20; i++) {
      const r = await signIn(user.email, `dalsi-${i}`);
      expect(r).toMatchObject({ ok: false, error: "Throttled" });
      expect((r as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(firstWait);
    }
    const rows = await attempts(user.email);
    expect(rows.filter((r) => !r.throttled && !r.succeeded)).toHaveLength(THROTTLE.freeFailures);
    expect(rows.filter((r) => r.throttled)).toHaveLength(21);

    // Once the minute is over, the owner's right password gets in, from any device.
    await age(user.email, 61);
    expect(ok(await signIn(user.email, PASSWORD)).knownDevice).toBe(false);
  });

  it("doubles the wait with each failure after it", async () => {
    const user = await makeUser();
    for (let i = 0; i < THROTTLE.freeFailures; i++) await signIn(user.email, "spatne");
    await age(user.email, 61);
    expect(await signIn(user.email, "spatne")).toEqual({ ok: false, error: "CredentialsSignin" });
    const next = await signIn(user.email, PASSWORD);
    expect(next).toMatchObject({ ok: false, error: "Throttled" });
    expect((next as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(110);
    expect((next as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it("lets a locked-out owner in with the right password from a device that signed in before", async () => {
    const owner = await makeUser({ role: "admin" });
    const device = ok(await signIn(owner.email, PASSWORD)).deviceCookie;

    // The attack: wrong passwords from everywhere until the account is locked.
    for (let i = 0; i < THROTTLE.freeFailures + 3; i++) await signIn(owner.email, `hadam-${i}`);
    expect(await signIn(owner.email, PASSWORD)).toMatchObject({ ok: false, error: "Throttled" });

    const back = ok(await signIn(owner.email, PASSWORD, { deviceCookie: device }));
    expect(back.knownDevice).toBe(true);
    expect(back.deviceCookie.split(".")[1]).toBe(device.split(".")[1]); // the same device, renewed
    const last = (await authEvents(owner.email)).at(-1);
    expect([last?.action, (last?.after as { knownDevice?: boolean }).knownDevice]).toEqual(["sign_in", true]);
  });

  it("does not trust a device cookie that is forged, or made for another account", async () => {
    const victim = await makeUser();
    const attacker = await makeUser();
    const attackersDevice = ok(await signIn(attacker.email, PASSWORD)).deviceCookie;
    for (let i = 0; i < THROTTLE.freeFailures; i++) await signIn(victim.email, "spatne");

    const [, deviceId] = attackersDevice.split(".");
    const forged = [
      attackersDevice,
      `${victim.id}.${deviceId}.${attackersDevice.split(".")[2]}`,
      issueDeviceCookie("jiny-klic-".repeat(4), victim.id),
      `${victim.id}.x`,
    ];
    for (const deviceCookie of forged) {
      expect(await signIn(victim.email, PASSWORD, { deviceCookie })).toMatchObject({ ok: false, error: "Throttled" });
    }
  });

  it(`stops trusting a known device after ${THROTTLE.maxFailuresPerDevice} failures from it`, async () => {
    const user = await makeUser();
    const device = ok(await signIn(user.email, PASSWORD)).deviceCookie;
    for (let i = 0; i < THROTTLE.maxFailuresPerDevice; i++) {
      expect(await signIn(user.email, `spatne-${i}`, { deviceCookie: device })).toEqual({ ok: false, error: "CredentialsSignin" });
    }
    expect(await signIn(user.email, PASSWORD, { deviceCookie: device })).toMatchObject({ ok: false, error: "Throttled" });
  });

  it("forgets failures older than the window", async () => {
    const db = await getDb();
    const user = await makeUser();
    await db.insert(signInAttempts).values(
      Array.from({ length: THROTTLE.freeFailures + 5 }, () => ({
        email: user.email,
        ip: null,
        succeeded: false,
        at: new Date(Date.now() - (THROTTLE.windowMinutes + 1) * 60_000),
      })),
    );
    ok(await signIn(user.email, PASSWORD));
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
    const user = await makeUser();
    for (let i = 0; i < THROTTLE.freeFailures - 1; i++) await signIn(user.email, "spatne");
    ok(await signIn(user.email, PASSWORD));
    for (let i = 0; i < THROTTLE.freeFailures - 1; i++) await signIn(user.email, "spatne");
    ok(await signIn(user.email, PASSWORD));
  });

  it("lets no more than the free failures through when attempts arrive at once", async () => {
    const db = await getDb();
    const email = `souběh-${randomUUID().slice(0, 8)}@test.example`;
    const results = await Promise.all(
      Array.from({ length: THROTTLE.freeFailures + 8 }, () => beginAttempt(db, { email, ip: address() })),
    );
    // Each attempt is written before it is counted, so a burst may be refused more than needed
    // (every attempt sees the whole burst) but never lets more than the allowance through.
    const allowed = results.filter((r) => r.throttled === null);
    expect(allowed.length).toBeLessThanOrEqual(THROTTLE.freeFailures);
    expect(await attempts(email)).toHaveLength(THROTTLE.freeFailures + 8);
  });
});

describe("throttling per address, on the address the app is configured to trust", () => {
  /** A request as the server sees it: the TCP peer stamped by the server, plus what the client sent. */
  const request = (peer: string, forwardedFor?: string) =>
    new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

  it("without a proxy, keys on the TCP peer and ignores the client's X-Forwarded-For", () => {
    expect(clientAddress(request("203.0.113.7", "1.2.3.4"), 0)).toBe("203.0.113.7");
    expect(clientAddress(request("::ffff:203.0.113.8"), 0)).toBe("203.0.113.8");
    // No stamp (cannot happen behind `next start`): one shared key, never the client's header.
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }), 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("behind n proxies, takes the n-th X-Forwarded-For hop from the right", () => {
    // The client wrote "6.6.6.6"; the proxy appended the address it saw (203.0.113.9).
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" }, 2)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, 2)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "not an address" }, 1)).toBe("unknown");
  });

  it("throttles spraying with a rotating X-Forwarded-For, as it all comes from one peer", async () => {
    const peer = address();
    const results: string[] = [];
    for (let i = 0; i < THROTTLE.maxFailuresPerAddress + 5; i++) {
      const ip = clientAddress(request(peer, `10.${i}.${i}.${i}`), 0);
      const r = await authenticateWithPassword(await getDb(), {
        email: `${bulkPrefix}sprej-${i}@test.example`,
        password: "Heslo123",
        ip,
        secret,
      });
      results.push(r.ok ? "ok" : r.error);
    }
    const throttledFrom = results.indexOf("Throttled");
    console.info(`[figures] rotating X-Forwarded-For: throttled from attempt ${throttledFrom + 1} of ${results.length}`);
    expect(throttledFrom).toBe(THROTTLE.maxFailuresPerAddress);
    expect(results.slice(throttledFrom).every((r) => r === "Throttled")).toBe(true);
  });

  it("does not lock out a colleague whose address an attacker writes into X-Forwarded-For", async () => {
    const colleague = await makeUser();
    const colleaguesAddress = address();
    const attacker = address();
    for (let i = 0; i < THROTTLE.maxFailuresPerAddress + 5; i++) {
      const db = await getDb();
      await authenticateWithPassword(db, {
        email: `${bulkPrefix}kolega-${i}@test.example`,
        password: "Heslo123",
        ip: clientAddress(request(attacker, colleaguesAddress), 0),
        secret,
      });
    }
    ok(await signIn(colleague.email, PASSWORD, { ip: clientAddress(request(colleaguesAddress), 0) }));
  });

  it(`refuses an address after ${THROTTLE.maxFailuresPerAddress} failures from it, except for a known device`, async () => {
    const db = await getDb();
    const user = await makeUser();
    const device = ok(await signIn(user.email, PASSWORD)).deviceCookie;
    const ip = address();
    await db.insert(signInAttempts).values(
      Array.from({ length: THROTTLE.maxFailuresPerAddress }, (_, i) => ({
        email: `${bulkPrefix}zkouska-${i}@test.example`,
        ip,
        succeeded: false,
      })),
    );
    const other = await makeUser();
    expect(await signIn(other.email, PASSWORD, { ip })).toMatchObject({ ok: false, error: "Throttled" });
    expect((await authEvents(other.email)).filter((e) => e.action === "sign_in_throttled").length).toBeLessThanOrEqual(1);
    // The same account from elsewhere is fine: the address was the problem.
    ok(await signIn(other.email, PASSWORD));
    // And a colleague's known device behind that address still gets in.
    ok(await signIn(user.email, PASSWORD, { ip, deviceCookie: device }));
  });
});

describe("a global ceiling and a bounded audit log under a flood", () => {
  it(`refuses everyone but known devices after ${THROTTLE.maxFailuresPerMinute} failures in a minute`, async () => {
    const db = await getDb();
    const user = await makeUser();
    const device = ok(await signIn(user.email, PASSWORD)).deviceCookie;
    await db.insert(signInAttempts).values(
      Array.from({ length: THROTTLE.maxFailuresPerMinute }, (_, i) => ({
        email: `${bulkPrefix}strop-${i}@test.example`,
        ip: address(),
        succeeded: false,
      })),
    );
    const stranger = await makeUser();
    const refused = await signIn(stranger.email, PASSWORD);
    expect(refused).toMatchObject({ ok: false, error: "Throttled" });
    expect(signInErrorCode(refused as Exclude<PasswordSignInResult, { ok: true }>)).toBe("Throttled:1");
    ok(await signIn(user.email, PASSWORD, { deviceCookie: device }));
  });

  it("adds a bounded number of audit events for 400 anonymous failures, and still records every real sign-in and every failure of an existing account", async () => {
    const db = await getDb();
    const owner = await makeUser();
    const device = ok(await signIn(owner.email, PASSWORD)).deviceCookie;
    const auditRows = async () => (await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.entity, "auth")))[0]!.n;
    const before = await auditRows();

    const started = Date.now();
    const answers = new Map<string, number>();
    for (let i = 0; i < 400; i++) {
      // A fresh e-mail and a fresh address every time (a botnet, or a trusted proxy's clients).
      const r = await authenticateWithPassword(db, {
        email: `${bulkPrefix}flood-${i}-${randomUUID().slice(0, 6)}@test.example`,
        password: "Heslo123",
        ip: address(),
        secret,
      });
      const key = r.ok ? "ok" : r.error;
      answers.set(key, (answers.get(key) ?? 0) + 1);
      if (i === 200) {
        // In the middle of it: the owner's typo, then the owner's sign-in from their device.
        expect(await signIn(owner.email, "preklep", { deviceCookie: device })).toEqual({ ok: false, error: "CredentialsSignin" });
        ok(await signIn(owner.email, PASSWORD, { deviceCookie: device }));
      }
    }
    const added = (await auditRows()) - before;
    const elapsed = Date.now() - started;
    console.info(
      `[figures] 400 anonymous failures in ${elapsed} ms: ${JSON.stringify(Object.fromEntries(answers))}; ${added} audit rows added (2 of them the owner's)`,
    );
    // The ceiling is per sliding minute: a slow machine lets that many through per minute taken.
    const allowed = THROTTLE.maxFailuresPerMinute * Math.ceil(elapsed / 60_000);
    expect(answers.get("CredentialsSignin") ?? 0).toBeLessThanOrEqual(allowed);
    expect(answers.get("Throttled") ?? 0).toBeGreaterThanOrEqual(400 - allowed);
    // The owner's two events, plus at most: the first failure and the first refusal of this
    // window, and two summaries if a window closed during the run.
    expect(added).toBeLessThanOrEqual(2 + 4);
    expect((await authEvents(owner.email)).map((e) => e.action)).toEqual(["sign_in", "sign_in_failed", "sign_in"]);
    const flooded = await db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "auth"), like(auditEvents.entityId, `${bulkPrefix}flood-%`)));
    expect(flooded[0]!.n).toBeLessThanOrEqual(2);
  }, 180_000);

  it("records the count of a closed window as one summary event", async () => {
    const db = await getDb();
    const { signInFailureTallies } = await import("@/db/schema");
    const windowStart = new Date(Date.UTC(2001, 0, 1, 10, Math.floor(Math.random() * 4) * 15));
    const reason = `test-${randomUUID().slice(0, 6)}`;
    await db.insert(signInFailureTallies).values({ windowStart, reason, failures: 377, firstAt: windowStart, lastAt: windowStart });
    await signIn(`${bulkPrefix}souhrn@test.example`, "Heslo123");
    const summaries = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "sign_in_failures_summary"), sql`${auditEvents.after}->>'reason' = ${reason}`));
    expect(summaries.map((s) => (s.after as { failures: number }).failures)).toEqual([377]);
    const [tally] = await db.select().from(signInFailureTallies).where(inArray(signInFailureTallies.reason, [reason]));
    expect(tally?.reported).toBe(true);
  });
});
