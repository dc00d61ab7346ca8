import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, text, unique } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { COUNCIL_BODIES } from "./enum-values";

export const councilBodyEnum = pgEnum("council_body", COUNCIL_BODIES);

/**
 * A resolution of Rada HMP or Zastupitelstvo HMP ("usnesení č. 1234") that membership periods,
 * withdrawals and fee changes cite (nullable `…DecisionId` columns on those tables), so each
 * decision's page can list what it changed.
 */
export const councilDecisions = pgTable(
  "council_decisions",
  {
    id: id(),
    body: councilBodyEnum().notNull(),
    /** As the city writes it, e.g. "1234" or "ZHMP 12/34". */
    number: text().notNull(),
    decidedOn: date({ mode: "string" }).notNull(),
    title: text().notNull(),
    /** The resolution in the city's archive of resolutions, when it is published there. */
    url: text(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    // Numbering restarts with each electoral term, so a number is unique per body and day only.
    unique("council_decisions_body_number_date_key").on(t.body, t.number, t.decidedOn),
    index("council_decisions_decided_on_idx").on(t.decidedOn),
    check("council_decisions_url_check", sql`${t.url} is null or ${t.url} ~* '^https?://'`),
  ],
);

export type CouncilDecision = typeof councilDecisions.$inferSelect;
