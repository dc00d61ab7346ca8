import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { writeAuditEvent } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { emailField, requiredText, z } from "@/lib/validation";
import { passwordField } from "./schemas";

export const firstAdminSchema = z.object({ email: emailField(), name: requiredText(200, "Zadejte jméno správce."), password: passwordField() });

export type FirstAdminResult =
  | { ok: true; id: string }
  | { ok: false; reason: "invalid"; errors: Record<string, string> }
  | { ok: false; reason: "adminExists" };

/**
 * The first administrator of a registry on a real Postgres, from the command line
 * (`npm run admin:create`): the one write with no signed-in actor, since nobody can sign in yet.
 * It exists only for that moment: with an active administrator in place it refuses, and every
 * further account is made by an administrator in the app. Validated with the app's own field
 * rules, written in one transaction with its audit event (actor: none, note: how it was made).
 */
export async function createFirstAdmin(db: Db, raw: unknown): Promise<FirstAdminResult> {
  const parsed = firstAdminSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "")] ??= issue.message;
    return { ok: false, reason: "invalid", errors };
  }
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx): Promise<FirstAdminResult> => {
    // Two runs at once must not both find "no administrator yet": the second waits here.
    await tx.execute(sql`lock table users in share row exclusive mode`);
    const [admin] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)))
      .limit(1);
    if (admin) return { ok: false, reason: "adminExists" };
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: "admin", departmentId: null, passwordHash })
      .returning();
    await writeAuditEvent(tx, null, {
      entity: "user",
      entityId: row!.id,
      action: "create",
      after: row,
      note: "První správce systému, založený z příkazové řádky (npm run admin:create).",
    });
    return { ok: true, id: row!.id };
  });
}
