import { inArray, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/db/client";
import { people, users } from "@/db/schema";
import { DEMO_USERS } from "./demo-users";
import { addCount, type Counts } from "./reference";

/** Inserts the demo accounts that are missing; an existing account (and its password) is left alone. */
export async function seedDemoUsers(tx: Tx, counts: Counts, department: Map<string, string>): Promise<void> {
  const existing = await tx
    .select({ email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, DEMO_USERS.map((u) => u.email)));
  const have = new Set(existing.map((u) => u.email.toLowerCase()));
  const missing = DEMO_USERS.filter((u) => !have.has(u.email));
  if (missing.length === 0) return;

  // argon2 is deliberately slow: hash only the accounts being created, in parallel.
  const hashes = await Promise.all(missing.map((u) => hashPassword(u.password)));
  // Each account is linked to its demo person when there is one (seeded just before, by e-mail).
  const personEmails = missing.flatMap((u) => ("personEmail" in u ? [u.personEmail] : []));
  const linked = personEmails.length
    ? await tx.select({ id: people.id, email: people.email }).from(people).where(inArray(sql`lower(${people.email})`, personEmails))
    : [];
  const personByEmail = new Map(linked.map((p) => [p.email!.toLowerCase(), p.id]));
  const inserted = await tx
    .insert(users)
    .values(
      missing.map((u, i) => ({
        email: u.email,
        name: u.name,
        role: u.role,
        departmentId: u.departmentCode ? department.get(u.departmentCode)! : null,
        personId: "personEmail" in u ? (personByEmail.get(u.personEmail) ?? null) : null,
        passwordHash: hashes[i]!,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: users.id });
  addCount(counts, "users", inserted.length);
}
