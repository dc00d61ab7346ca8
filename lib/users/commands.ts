import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { calendarTokens, departments, people, setPasswordTokens, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { fieldError, DomainError, MESSAGES } from "@/lib/errors";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { defineMutation, type MutationContext } from "@/lib/mutation";
import { createUserSchema, issueSetPasswordLinkSchema, resetPasswordSchema, STAFF_NEEDS_DEPARTMENT, updateUserSchema } from "./schemas";
import { issueSetPasswordToken, mailSetPasswordLink } from "./set-password";

export const DUPLICATE_EMAIL = "Uživatel s tímto e-mailem už existuje.";
export const UNKNOWN_DEPARTMENT = "Vybraný odbor neexistuje. Načtěte stránku znovu a vyberte jiný.";
export const SELF_DEACTIVATION = "Svůj vlastní účet nemůžete deaktivovat.";
export const INACTIVE_LINK = "Deaktivovaný účet nemůže dostat odkaz pro nastavení hesla. Nejdřív ho znovu aktivujte.";
export const SELF_DEMOTION = "Sami sobě nemůžete odebrat roli správce systému.";
export const PERSON_TAKEN = "Tato osoba už je propojena s jiným účtem.";
export const UNKNOWN_PERSON = "Vybraná osoba v registru není nebo je anonymizovaná. Vyberte jinou.";

/**
 * The database backs every check made here: if two admins race past the "already exists" read,
 * the unique index still refuses the second insert and the form shows the same message.
 */
const constraints = {
  users_email_key: { field: "email", message: DUPLICATE_EMAIL },
  users_staff_department_check: { field: "departmentId", message: STAFF_NEEDS_DEPARTMENT },
  users_department_id_departments_id_fk: { field: "departmentId", message: UNKNOWN_DEPARTMENT },
  users_person_key: { field: "personId", message: PERSON_TAKEN },
  users_person_id_people_id_fk: { field: "personId", message: UNKNOWN_PERSON },
};

/** What the audit log keeps of a user: the row, with the hash redacted by lib/audit.ts. */
type UserRow = typeof users.$inferSelect;

/**
 * The linked person must be in the registry, not anonymised, and nobody else's: one person, one
 * account (the unique index users_person_key is the real guard against a race).
 */
async function assertPersonLinkable(tx: Tx, personId: string | null, userId: string | null) {
  if (!personId) return;
  const [person] = await tx.select({ anonymisedAt: people.anonymisedAt }).from(people).where(eq(people.id, personId));
  if (!person || person.anonymisedAt) throw fieldError("personId", UNKNOWN_PERSON);
  const [holder] = await tx.select({ id: users.id }).from(users).where(eq(users.personId, personId));
  if (holder && holder.id !== userId) throw fieldError("personId", PERSON_TAKEN);
}

async function assertDepartmentExists(tx: Tx, departmentId: string | null) {
  if (!departmentId) return;
  const [row] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
  if (!row) throw fieldError("departmentId", UNKNOWN_DEPARTMENT);
}

export const createUser = defineMutation({
  name: "users.create",
  permission: "users.manage",
  schema: createUserSchema,
  constraints,
  run: async ({ tx, actor, audit }, input) => {
    // Checked first for a message next to the field; the unique index is the real guard.
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
    if (existing) throw fieldError("email", DUPLICATE_EMAIL);
    await assertDepartmentExists(tx, input.departmentId);
    await assertPersonLinkable(tx, input.personId, null);

    const [row] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        departmentId: input.departmentId,
        personId: input.personId,
        passwordHash: input.password ? await hashPassword(input.password) : null,
      })
      .returning();
    if (!row) throw new DomainError("internal", MESSAGES.internal);
    await audit({ entity: "user", entityId: row.id, action: "create", after: row });
    // No password typed: the owner sets one through a one-time link (lib/users/set-password.ts).
    const link = input.password ? null : await issueLink({ tx, actor, audit }, row);
    return { id: row.id, link };
  },
});

/** Makes a set-password link, mails it once and records both; the link is shown to the admin once. */
async function issueLink(
  { tx, actor, audit }: Pick<MutationContext, "tx" | "actor" | "audit">,
  user: { id: string; email: string; name: string },
) {
  const issued = await issueSetPasswordToken(tx, user.id, actor.id);
  const mailed = await mailSetPasswordLink(tx, user, issued.url, issued.expiresAt);
  await audit({
    entity: "user",
    entityId: user.id,
    action: "issue_password_link",
    after: { linkExpiresAt: issued.expiresAt.toISOString(), mailedTo: mailed ? user.email : null },
  });
  return { url: issued.url, expiresAt: issued.expiresAt.toISOString(), mailed, email: user.email };
}

/** "Vytvořit nový odkaz": a fresh link for an existing account; the older ones stop working. */
export const issueSetPasswordLink = defineMutation({
  name: "users.issueSetPasswordLink",
  permission: "users.manage",
  schema: issueSetPasswordLinkSchema,
  run: async (ctx, input) => {
    const [user] = await ctx.tx
      .select({ id: users.id, email: users.email, name: users.name, active: users.active })
      .from(users)
      .where(eq(users.id, input.id))
      .for("update");
    if (!user) throw new DomainError("not_found", MESSAGES.not_found);
    if (!user.active) throw new DomainError("invalid", INACTIVE_LINK);
    return { id: user.id, link: await issueLink(ctx, user) };
  },
});

export const updateUser = defineMutation({
  name: "users.update",
  permission: "users.manage",
  schema: updateUserSchema,
  constraints,
  run: async ({ tx, actor, audit }, input) => {
    const before: UserRow = await lockForUpdate(tx, users, input.id, input.version);

    // An admin locking themself out would leave the registry without its administrator.
    if (input.id === actor.id) {
      if (!input.active) throw fieldError("active", SELF_DEACTIVATION);
      if (input.role !== "admin") throw fieldError("role", SELF_DEMOTION);
    }
    await assertDepartmentExists(tx, input.departmentId);
    await assertPersonLinkable(tx, input.personId, input.id);

    const deactivated = before.active && !input.active;
    const [after] = await tx
      .update(users)
      .set({
        name: input.name,
        role: input.role,
        departmentId: input.departmentId,
        personId: input.personId,
        active: input.active,
        // Ends every open session of a deactivated user at once, not when their cookie expires.
        ...(deactivated ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
        ...nextVersion(users),
      })
      .where(eq(users.id, input.id))
      .returning();
    if (!after) throw new DomainError("not_found", MESSAGES.not_found);
    await audit({
      entity: "user",
      entityId: after.id,
      action: deactivated ? "deactivate" : !before.active && after.active ? "reactivate" : "update",
      before,
      after,
    });
    return { id: after.id, version: after.version };
  },
});

/**
 * Sets a new password and ends the user's sessions. It does not move the row's `version`: the
 * version guards the profile fields an edit form shows, and the password is not one of them,
 * so resetting it must not make an open edit form stale.
 */
export const resetPassword = defineMutation({
  name: "users.resetPassword",
  permission: "users.manage",
  schema: resetPasswordSchema,
  run: async ({ tx, audit }, input) => {
    const [before] = await tx
      .select({ id: users.id, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, input.id))
      .for("update");
    if (!before) throw new DomainError("not_found", MESSAGES.not_found);

    const [after] = await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.password),
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, input.id))
      .returning({ id: users.id, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion });
    if (!after) throw new DomainError("not_found", MESSAGES.not_found);
    await audit({ entity: "user", entityId: after.id, action: "reset_password", before, after });
    // A set-password link still out would undo the reset: it stops working too.
    await tx
      .update(setPasswordTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(setPasswordTokens.userId, after.id), isNull(setPasswordTokens.usedAt), isNull(setPasswordTokens.revokedAt)));
    // A calendar feed made with a stolen session would otherwise keep leaking meetings after the
    // reset that was meant to shut the thief out. (Deactivation stops them at the feed.)
    const revoked = await tx
      .update(calendarTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarTokens.userId, after.id), isNull(calendarTokens.revokedAt)))
      .returning({ id: calendarTokens.id, revokedAt: calendarTokens.revokedAt });
    for (const token of revoked) {
      await audit({ entity: "calendar_token", entityId: token.id, action: "revoke", after: token, note: "reset_password" });
    }
    return { id: after.id };
  },
});
