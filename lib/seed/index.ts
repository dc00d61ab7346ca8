import { writeAuditEvent } from "@/lib/audit";
import type { Db } from "@/db/client";
import { pragueToday } from "./dates";
import { seedDemo } from "./demo";
import { departmentIds, seedReference, type Counts } from "./reference";
import { seedDemoUsers } from "./users";

/**
 * Seeds the reference data of the source text (always) and, with `demo`, invented demo data and
 * one demo account per role. Idempotent: rows are matched by natural keys and only missing ones
 * are inserted, so a second run changes nothing. One transaction; when it inserted anything, one
 * audit event (entity "seed") records the counts, so the audit log explains the initial rows.
 *
 * @returns the number of rows inserted per table (empty when nothing was missing).
 */
export async function seedAndCount(db: Db, options: { demo: boolean; today?: string }): Promise<Counts> {
  const today = options.today ?? pragueToday();
  return db.transaction(async (tx) => {
    const counts: Counts = {};
    const ref = await seedReference(tx, counts, today);
    if (options.demo) {
      await seedDemo(tx, counts, ref, today);
      await seedDemoUsers(tx, counts, await departmentIds(tx));
    }
    if (Object.keys(counts).length > 0) {
      await writeAuditEvent(tx, null, {
        entity: "seed",
        entityId: null,
        action: "seed",
        after: counts,
        note: options.demo ? "Referenční a demo data (počáteční naplnění)" : "Referenční data (počáteční naplnění)",
      });
    }
    return counts;
  });
}

export async function seed(db: Db, options: { demo: boolean }): Promise<void> {
  await seedAndCount(db, options);
}
