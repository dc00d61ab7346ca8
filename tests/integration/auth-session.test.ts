import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { departments, users } from "@/db/schema";
import { actorFromToken } from "@/lib/auth/actor";
import {
  ABSOLUTE_LIFETIME_S,
  claimsFor,
  IDLE_TIMEOUT_S,
  nowSeconds,
  readSessionToken,
  refreshedLifetime,
  reissueToken,
  sessionCookieName,
  type SessionUser,
} from "@/lib/auth/token";

const SECRET = "test-secret-that-is-long-enough-0123456789";

async function makeUser(overrides: Partial<typeof users.$inferInsert> = {}): Promise<SessionUser> {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ email: `session-${randomUUID().slice(0, 8)}@test.example`, name: "Petr Testovací", role: "coordinator", ...overrides })
    .returning();
  return { id: row!.id, email: row!.email, name: row!.name, role: row!.role, departmentId: row!.departmentId, sessionVersion: row!.sessionVersion };
}

/** A cookie jar holding just the session cookie, as the browser would send it. */
const jar = (value: string) => ({ getAll: () => [{ name: sessionCookieName(), value }] });

describe("the actor behind a session token", () => {
  it("is the user as the database has it now, not as the token remembers", async () => {
    const db = await getDb();
    const user = await makeUser();
    const token = claimsFor(user);
    expect(await actorFromToken(db, token)).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "coordinator",
      departmentId: null,
    });

    const [dept] = await db.insert(departments).values({ code: `S${randomUUID().slice(0, 6)}`, name: "Odbor" }).returning();
    await db.update(users).set({ role: "staff", departmentId: dept!.id }).where(eq(users.id, user.id));
    expect(await actorFromToken(db, token)).toMatchObject({ role: "staff", departmentId: dept!.id });
  });

  it("is gone once the session version moves on (sign-out, password reset)", async () => {
    const db = await getDb();
    const user = await makeUser();
    const token = claimsFor(user);
    await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
    expect(await actorFromToken(db, token)).toBeNull();
    // A token issued after that works.
    expect(await actorFromToken(db, claimsFor({ ...user, sessionVersion: user.sessionVersion + 1 }))).not.toBeNull();
  });

  it("is gone when the user is deactivated or deleted", async () => {
    const db = await getDb();
    const user = await makeUser();
    const token = claimsFor(user);
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await actorFromToken(db, token)).toBeNull();

    const other = await makeUser();
    const otherToken = claimsFor(other);
    await db.delete(users).where(eq(users.id, other.id));
    expect(await actorFromToken(db, otherToken)).toBeNull();
  });

  it(`is gone ${ABSOLUTE_LIFETIME_S / 3600} hours after sign-in, whatever the activity`, async () => {
    const db = await getDb();
    const user = await makeUser();
    const signedIn = nowSeconds() - ABSOLUTE_LIFETIME_S;
    const token = claimsFor(user, signedIn);
    expect(await actorFromToken(db, token, signedIn + ABSOLUTE_LIFETIME_S - 1)).not.toBeNull();
    expect(await actorFromToken(db, token)).toBeNull();
  });

  it("is nobody for a token without our claims", async () => {
    const db = await getDb();
    const user = await makeUser();
    const { sessionVersion: _v, ...noVersion } = claimsFor(user);
    expect(await actorFromToken(db, noVersion)).toBeNull();
    expect(await actorFromToken(db, { ...claimsFor(user), sub: "not-a-uuid" })).toBeNull();
    expect(await actorFromToken(db, null)).toBeNull();
  });
});

describe("the session cookie", () => {
  it("is read back only with the right secret", async () => {
    const user = await makeUser();
    const value = await encode({ token: claimsFor(user), secret: SECRET, maxAge: IDLE_TIMEOUT_S });
    expect(await readSessionToken(jar(value), SECRET)).toMatchObject({ sub: user.id, sessionVersion: 1 });
    expect(await readSessionToken(jar(value), "another-secret-that-is-long-enough-xyz")).toBeNull();
    expect(await readSessionToken(jar("garbage"), SECRET)).toBeNull();
    expect(await readSessionToken({ getAll: () => [] }, SECRET)).toBeNull();
  });

  it("expires after the idle timeout unless re-issued, keeping its sign-in time", async () => {
    const user = await makeUser();
    const signedIn = nowSeconds() - 3600;
    const expired = await encode({ token: claimsFor(user, signedIn), secret: SECRET, maxAge: -60 });
    expect(await readSessionToken(jar(expired), SECRET)).toBeNull();

    const live = await readSessionToken(jar(await encode({ token: claimsFor(user, signedIn), secret: SECRET, maxAge: 60 })), SECRET);
    const reissued = await readSessionToken(jar(await reissueToken(live!, SECRET, IDLE_TIMEOUT_S)), SECRET);
    expect(reissued).toMatchObject({ sub: user.id, signedInAt: signedIn, sessionVersion: 1 });
    expect(reissued!.exp).toBeGreaterThanOrEqual(nowSeconds() + IDLE_TIMEOUT_S - 5);
  });

  it("is never re-issued past the absolute lifetime", () => {
    const now = nowSeconds();
    expect(refreshedLifetime(now - 3600, now)).toBe(IDLE_TIMEOUT_S);
    expect(refreshedLifetime(now - ABSOLUTE_LIFETIME_S + 600, now)).toBe(600);
    expect(refreshedLifetime(now - ABSOLUTE_LIFETIME_S - 5, now)).toBe(0);
  });
});
