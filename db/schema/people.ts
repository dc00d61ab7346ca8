import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { representationRoleEnum } from "./enums";
import { bodies, organisations } from "./organisations";

/** An MHMP department (odbor), e.g. DOP – Odbor dopravy. Abolished ones stay for history. */
export const departments = pgTable(
  "departments",
  {
    id: id(),
    code: text().notNull(),
    name: text().notNull(),
    abolishedOn: date({ mode: "string" }),
    demo: boolean().notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("departments_code_key").on(sql`lower(${t.code})`)],
);

/**
 * A person who represents the city or attends meetings. Personal data is kept to what the job
 * needs (GDPR); on request it is anonymised (`anonymisedAt`), never deleted, so history stays.
 */
export const people = pgTable(
  "people",
  {
    id: id(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    title: text(),
    email: text(),
    phone: text(),
    departmentId: uuid().references(() => departments.id, { onDelete: "restrict" }),
    /** The day the person stopped working for the city; ended people keep their history. */
    leftOn: date({ mode: "string" }),
    anonymisedAt: timestamp({ withTimezone: true }),
    demo: boolean().notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index("people_department_idx").on(t.departmentId),
    // The list's order in Czech (lib/people/queries.ts, peopleKeyset; drizzle/0025).
    index("people_name_czech_idx").on(sql`${t.lastName} collate czech`, sql`${t.firstName} collate czech`, t.id),
  ],
);

/**
 * A person or a whole department representing the city in an organisation or one of its bodies.
 * `validTo` is inclusive; null means open-ended.
 */
export const representations = pgTable(
  "representations",
  {
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    bodyId: uuid(),
    personId: uuid().references(() => people.id, { onDelete: "restrict" }),
    departmentId: uuid().references(() => departments.id, { onDelete: "restrict" }),
    role: representationRoleEnum().notNull(),
    /** For a deputy: the representation they stand in for. */
    deputyForId: uuid().references((): AnyPgColumn => representations.id, { onDelete: "restrict" }),
    validFrom: date({ mode: "string" }).notNull(),
    validTo: date({ mode: "string" }),
    /** Where the mandate comes from, e.g. a council resolution number and date. */
    mandateSource: text(),
    note: text(),
    demo: boolean().notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: "representations_body_of_organisation_fk",
      columns: [t.bodyId, t.organisationId],
      foreignColumns: [bodies.id, bodies.organisationId],
    }).onDelete("restrict"),
    index("representations_organisation_idx").on(t.organisationId, t.validFrom),
    index("representations_body_idx").on(t.bodyId),
    index("representations_person_idx").on(t.personId),
    index("representations_department_idx").on(t.departmentId),
    index("representations_deputy_for_idx").on(t.deputyForId),
    check(
      "representations_holder_check",
      sql`(${t.personId} is not null) or (${t.departmentId} is not null)`,
    ),
    check("representations_range_check", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check(
      "representations_deputy_check",
      sql`(${t.role} = 'deputy') = (${t.deputyForId} is not null)`,
    ),
  ],
);
