import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * One row per form submission that was saved, keyed by the random id the form was sent with:
 * the same form sent twice (a double click, a retried request, a resubmitted page) finds its row
 * and gets the first answer instead of writing again. Written in the write's own transaction, so
 * a refused or failed write leaves no row and the form can be sent again. Pruned after a day.
 */
export const formSubmissions = pgTable(
  "form_submissions",
  {
    id: uuid().primaryKey(),
    /** The mutation the form was sent to; the same id for another mutation is refused. */
    mutation: text().notNull(),
    actorId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    /** What the first submission answered (e.g. the new record's id), given to a repeat. */
    result: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("form_submissions_created_idx").on(t.createdAt)],
);
