import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, users } from "@/db/schema";
import { identityFromClaims, mapExternalIdentity, signInWithExternalIdentity } from "@/lib/auth/oidc";

const ISSUER = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0";
const subject = () => `sub-${randomUUID()}`;

async function makeUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ email: `oidc-${randomUUID().slice(0, 8)}@test.example`, name: "Jana Testová", role: "manager", ...overrides })
    .returning();
  return row!;
}

async function userRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function events(entity: string, entityId: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, entity), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.id);
}

describe("mapping an external identity to our user", () => {
  it("finds the user already holding the identity", async () => {
    const db = await getDb();
    const sub = subject();
    const user = await makeUser({ externalIssuer: ISSUER, externalSubject: sub });
    // The e-mail the issuer sends does not matter once the identity is linked.
    const result = await mapExternalIdentity(db, { issuer: ISSUER, subject: sub, email: "jiny@test.example" });
    expect(result).toEqual({
      ok: true,
      linked: false,
      user: { id: user.id, email: user.email, name: user.name, role: "manager", departmentId: null, sessionVersion: 1 },
    });
  });

  it("links the identity to the active user with the same e-mail, once, and audits it", async () => {
    const db = await getDb();
    const sub = subject();
    const user = await makeUser();
    const result = await mapExternalIdentity(db, { issuer: ISSUER, subject: sub, email: user.email.toUpperCase() });
    expect(result).toMatchObject({ ok: true, linked: true, user: { id: user.id } });

    const row = await userRow(user.id);
    expect([row.externalIssuer, row.externalSubject, row.version]).toEqual([ISSUER, sub, user.version + 1]);
    const linkEvents = await events("user", user.id);
    expect(linkEvents).toHaveLength(1);
    expect(linkEvents[0]).toMatchObject({
      action: "link_identity",
      actorId: user.id,
      before: { externalIssuer: null, externalSubject: null },
      after: { externalIssuer: ISSUER, externalSubject: sub },
    });

    // Next time it is found by the identity, and nothing is linked again.
    const again = await mapExternalIdentity(db, { issuer: ISSUER, subject: sub, email: user.email });
    expect(again).toMatchObject({ ok: true, linked: false, user: { id: user.id } });
    expect(await events("user", user.id)).toHaveLength(1);
  });

  it("refuses people who have no account", async () => {
    const db = await getDb();
    const email = `cizi-${randomUUID().slice(0, 8)}@test.example`;
    expect(await mapExternalIdentity(db, { issuer: ISSUER, subject: subject(), email })).toEqual({ ok: false, reason: "unknown" });
    expect(await mapExternalIdentity(db, { issuer: ISSUER, subject: subject(), email: null })).toEqual({
      ok: false,
      reason: "unknown",
    });
  });

  it("refuses deactivated users, linked or not, and links nothing to them", async () => {
    const db = await getDb();
    const inactive = await makeUser({ active: false });
    const r1 = await mapExternalIdentity(db, { issuer: ISSUER, subject: subject(), email: inactive.email });
    expect(r1).toEqual({ ok: false, reason: "inactive" });
    expect((await userRow(inactive.id)).externalSubject).toBeNull();

    const sub = subject();
    await makeUser({ active: false, externalIssuer: ISSUER, externalSubject: sub });
    expect(await mapExternalIdentity(db, { issuer: ISSUER, subject: sub, email: null })).toEqual({
      ok: false,
      reason: "inactive",
    });
  });

  it("does not re-link an account that holds another identity", async () => {
    const db = await getDb();
    const theirs = subject();
    const user = await makeUser({ externalIssuer: ISSUER, externalSubject: theirs });
    const result = await mapExternalIdentity(db, { issuer: ISSUER, subject: subject(), email: user.email });
    expect(result).toEqual({ ok: false, reason: "other_identity_linked" });
    expect((await userRow(user.id)).externalSubject).toBe(theirs);
  });

  it("treats the same subject from another issuer as another identity", async () => {
    const db = await getDb();
    const sub = subject();
    await makeUser({ externalIssuer: ISSUER, externalSubject: sub });
    const result = await mapExternalIdentity(db, { issuer: "https://idp.example.org", subject: sub, email: null });
    expect(result).toEqual({ ok: false, reason: "unknown" });
  });
});

describe("signing in with an external identity", () => {
  it("records the sign-in and its time, or the refusal, without tokens", async () => {
    const db = await getDb();
    const user = await makeUser();
    const ok = await signInWithExternalIdentity(db, { issuer: ISSUER, subject: subject(), email: user.email });
    expect(ok.ok).toBe(true);
    expect((await userRow(user.id)).lastSignInAt).toBeInstanceOf(Date);
    expect((await events("auth", user.email)).map((e) => [e.action, e.actorId])).toEqual([["sign_in", user.id]]);

    const stranger = `cizi-${randomUUID().slice(0, 8)}@test.example`;
    const refused = await signInWithExternalIdentity(db, { issuer: ISSUER, subject: subject(), email: stranger });
    expect(refused).toEqual({ ok: false, reason: "unknown" });
    const failed = await events("auth", stranger);
    expect(failed.map((e) => e.action)).toEqual(["sign_in_failed"]);
    expect(failed[0]?.after).toMatchObject({ method: "oidc", reason: "unknown", issuer: ISSUER });
  });
});

describe("reading the identity from ID token claims", () => {
  it("uses iss and sub, e-mail or Entra's preferred_username, and ignores unverified addresses", () => {
    expect(identityFromClaims({ iss: ISSUER, sub: "abc", email: "a@b.cz" }, "https://fallback")).toEqual({
      issuer: ISSUER,
      subject: "abc",
      email: "a@b.cz",
    });
    expect(identityFromClaims({ sub: "abc", preferred_username: "jana@praha.eu" }, "https://fallback")).toEqual({
      issuer: "https://fallback",
      subject: "abc",
      email: "jana@praha.eu",
    });
    expect(identityFromClaims({ iss: ISSUER, sub: "abc", email: "a@b.cz", email_verified: false }, ISSUER)?.email).toBeNull();
    expect(identityFromClaims({ iss: ISSUER, sub: "abc", preferred_username: "not-an-email" }, ISSUER)?.email).toBeNull();
    expect(identityFromClaims({ iss: ISSUER, email: "a@b.cz" }, ISSUER)).toBeNull();
  });
});
