import { count, eq } from "drizzle-orm";
import { attendance, personAuditKeys, representations } from "@/db/schema";
import { defineQuery } from "@/lib/queries";
import { anonymisePersonSchema } from "./schemas";

/** Step one of anonymising asks for the reason only; the confirmation comes on the summary. */
export const anonymiseReviewSchema = anonymisePersonSchema.omit({ confirm: true });

/** The answers carried from the form to its summary and back. */
export const ANONYMISE_FIELDS = ["reason", "version"] as const;

/**
 * What anonymising would keep, for the summary shown before it is confirmed (reads only): the
 * person's seats and attendances stay under the placeholder name, and whether the audit log holds
 * personal data sealed with the person's key, which anonymising destroys.
 */
export const previewAnonymise = defineQuery({
  name: "people.previewAnonymise",
  permission: "registry.write",
  run: async (db, { id }: { id: string }) => {
    const [[seats], [attended], [key]] = await Promise.all([
      db.select({ n: count() }).from(representations).where(eq(representations.personId, id)),
      db.select({ n: count() }).from(attendance).where(eq(attendance.personId, id)),
      db.select({ n: count() }).from(personAuditKeys).where(eq(personAuditKeys.personId, id)),
    ]);
    return { seats: seats?.n ?? 0, attendances: attended?.n ?? 0, sealedHistory: (key?.n ?? 0) > 0 };
  },
});
