import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import { recordSecurityEvent, writeAuditEvent } from "@/lib/audit";
import { nextVersion } from "@/lib/db/versioned";
import { sessionUserColumns } from "./session-user";
import { normaliseEmail } from "./throttle";
import type { SessionUser } from "./token";

/**
 * Sign-in through an external OpenID Connect issuer (Microsoft Entra ID or any other): the
 * external identity (issuer + subject) is mapped to one of OUR users; the issuer never creates
 * accounts or grants roles. No `server-only`: tests/integration/auth-oidc.test.ts runs this.
 */

export type ExternalIdentity = { issuer: string; subject: string; email: string | null };

export type IdentityMapping =
  | { ok: true; user: SessionUser; linked: boolean }
  | { ok: false; reason: "unknown" | "inactive" | "other_identity_linked" };

const userColumns = { ...sessionUserColumns, externalIssuer: users.externalIssuer };

type Row = { [K in keyof typeof userColumns]: (typeof users.$inferSelect)[K] };

const toSessionUser = (r: Row): SessionUser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  departmentId: r.departmentId,
  sessionVersion: r.sessionVersion,
});

/** The user already holding this external identity, active or not. */
export async function findUserByExternalIdentity(db: Queryable, identity: Pick<ExternalIdentity, "issuer" | "subject">) {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.externalIssuer, identity.issuer), eq(users.externalSubject, identity.subject)))
    .limit(1);
  return row;
}

/**
 * 1. A user holding this identity: that user (refused when inactive).
 * 2. Else an ACTIVE user with the same e-mail and no identity yet: the identity is linked to it,
 *    and the link audited (entity "user", action "link_identity") in the same transaction.
 * 3. Else refused: unknown people get no account, and an account already linked to another
 *    identity is not silently re-linked (an administrator must clear it first).
 */
export async function mapExternalIdentity(db: Queryable, identity: ExternalIdentity): Promise<IdentityMapping> {
  const held = await findUserByExternalIdentity(db, identity);
  if (held) return held.active ? { ok: true, user: toSessionUser(held), linked: false } : { ok: false, reason: "inactive" };

  if (!identity.email) return { ok: false, reason: "unknown" };
  const email = normaliseEmail(identity.email);
  const [byEmail] = await db
    .select(userColumns)
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  if (!byEmail) return { ok: false, reason: "unknown" };
  if (!byEmail.active) return { ok: false, reason: "inactive" };
  if (byEmail.externalIssuer !== null) return { ok: false, reason: "other_identity_linked" };

  const linked = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ externalIssuer: identity.issuer, externalSubject: identity.subject, ...nextVersion(users) })
      // Only while still unlinked: a concurrent first sign-in cannot link the account twice.
      .where(and(eq(users.id, byEmail.id), isNull(users.externalIssuer), eq(users.active, true)))
      .returning(userColumns);
    if (!row) return null;
    await writeAuditEvent(tx, { id: row.id, email: row.email }, {
      entity: "user",
      entityId: row.id,
      action: "link_identity",
      before: { externalIssuer: null, externalSubject: null },
      after: { externalIssuer: identity.issuer, externalSubject: identity.subject },
      note: "Propojeno při prvním přihlášení přes OIDC podle shodného e-mailu.",
    });
    return row;
  });
  if (linked) return { ok: true, user: toSessionUser(linked), linked: true };

  // Lost a race with a concurrent sign-in of the same person: that one linked it.
  const now = await findUserByExternalIdentity(db, identity);
  return now?.active ? { ok: true, user: toSessionUser(now), linked: false } : { ok: false, reason: "other_identity_linked" };
}

/** mapExternalIdentity plus what every sign-in records: the security event and the time. */
export async function signInWithExternalIdentity(db: Queryable, identity: ExternalIdentity): Promise<IdentityMapping> {
  const result = await mapExternalIdentity(db, identity);
  const subject = identity.email ? normaliseEmail(identity.email) : `${identity.issuer}#${identity.subject}`;
  if (!result.ok) {
    await recordSecurityEvent({
      action: "sign_in_failed",
      subject,
      details: { method: "oidc", reason: result.reason, issuer: identity.issuer, externalSubject: identity.subject },
    });
    return result;
  }
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, result.user.id));
  await recordSecurityEvent({
    action: "sign_in",
    actor: { id: result.user.id, email: result.user.email },
    subject,
    details: { method: "oidc", issuer: identity.issuer, linked: result.linked },
  });
  return result;
}

/**
 * The identity in an ID token's claims. `iss` is the issuer as the token states it (what the
 * identity is unique within); the configured issuer only stands in if a provider omits it.
 * Entra ID often has no `email` claim: its `preferred_username` is the sign-in address.
 */
export function identityFromClaims(claims: Record<string, unknown>, configuredIssuer: string): ExternalIdentity | null {
  const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
  const subject = str(claims.sub);
  if (!subject) return null;
  // An issuer that says the address is unverified does not get to link accounts by it.
  const email = claims.email_verified === false ? null : (str(claims.email) ?? str(claims.preferred_username));
  return {
    issuer: str(claims.iss) ?? configuredIssuer,
    subject,
    email: email && email.includes("@") ? email : null,
  };
}
