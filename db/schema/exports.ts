import { index, integer, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * How far a running download has got, so the page that started it can show progress while the
 * browser streams the file natively. In Postgres, not in process memory: the download and the
 * polls may land on different app instances (docs/ARCHITECTURE.md, "Several instances"). Bookkeeping, not part of the record:
 * rows are written by the export route in short statements and pruned after a day.
 */
export const exportProgress = pgTable(
  "export_progress",
  {
    /** Made by the browser for one click (a random uuid), so the page can poll before the file starts. */
    id: uuid().primaryKey(),
    /** Only this user may read it. */
    actorId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    rowsWritten: integer().notNull().default(0),
    /** Null until counted. */
    total: integer(),
    finishedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("export_progress_updated_idx").on(t.updatedAt)],
);
