import { integer, timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key shared by every domain table: random UUIDs leak no counts and shard well. */
export const id = () => uuid().primaryKey().defaultRandom();

/**
 * Optimistic concurrency: every editable row carries a version that a save must quote.
 * The write path increments it; a save quoting an older one is refused (lib/db/versioned.ts).
 */
export const version = () => integer().notNull().default(1);

export const timestamps = () => ({
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
