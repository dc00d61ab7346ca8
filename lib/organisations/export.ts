import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { recordedMomentSql, recordedRowsSql } from "@/lib/audit-log/recorded-sql";
import { decisionReferenceSql } from "@/lib/council-decisions/sql";
import { inList, type ExportKind, type ExportParams } from "@/lib/exports/kind";
import { statusOnSql } from "./status";
import { displayNameSql } from "@/lib/registry/display-name";
import type { Locale } from "@/lib/i18n/config";

/** Czech names sort in Czech: the first sort key of every export listed by organisation. */
export const organisationNameKey = (name: AnyPgColumn | SQL = sql.raw("o.name")) => sql`${name} collate "czech"`;

const ORG_ID = sql.raw(`o.id`);

/**
 * Valid time: the record as of D holds the organisations the city had joined by D (a membership
 * period starting on or before D), whether still members or not. One the city joins only later
 * is not in the record as of D, and neither are its seats, fees, meetings or assessments: "as of
 * D" lists what was true on D. An organisation it left stays, as "Členství ukončeno".
 */
export const inRecordOn = (organisationId: AnyPgColumn | string, date: string, periods: SQL = sql`membership_periods`) =>
  sql`exists (select 1 from ${periods} rec where rec.organisation_id = ${typeof organisationId === "string" ? sql.raw(organisationId) : organisationId} and rec.valid_from <= ${date}::date)`;

/**
 * Transaction time: `ro` (organisations) and `rp` (membership periods) as the registry recorded
 * them at the end of `recordedOn`, replayed from the audit trail. `rp` has the table's own column
 * names, so the valid-time rules above (statusOnSql, inRecordOn) read it as they read the table;
 * `predates` says the row predates the trail.
 */
export const recordedOrganisationsWith = (p: ExportParams & { recordedOn: string }) => sql`with
  ro as (select r.id::uuid as id, r.row, r.predates, r.row ->> 'name' as name from (${recordedRowsSql("organisation", recordedMomentSql(p))}) r),
  rp as (select r.id::uuid as id, r.row, r.predates, (r.row ->> 'organisationId')::uuid as organisation_id,
      r.row ->> 'status' as status, (r.row ->> 'validFrom')::date as valid_from, (r.row ->> 'validTo')::date as valid_to
    from (${recordedRowsSql("membership_period", recordedMomentSql(p))}) r)`;

const RP = sql.raw("rp");

/**
 * An organisation's name as recorded on the day (`ro`, else today's row `o`), by the naming rule
 * (lib/registry/display-name.ts): for kinds that join both.
 */
export const recordedOrganisationNameSql = (locale: Locale) =>
  displayNameSql(locale, {
    name: sql.raw("coalesce(ro.name, o.name)"),
    nameCs: sql.raw("(case when ro.id is not null then ro.row ->> 'nameCs' else o.name_cs end)"),
  });

export const organisationsExport: ExportKind = {
  id: "organisations",
  keyCount: 2,
  columns: [
    { key: "organisation", type: "text" },
    { key: "nameCs", type: "text" },
    { key: "abbreviation", type: "text" },
    { key: "kind", type: "enum", enum: "organisationKind" },
    { key: "scope", type: "enum", enum: "organisationScope" },
    { key: "status", type: "enum", enum: "membershipStatus" },
    { key: "memberSince", type: "date" },
    { key: "website", type: "text" },
    { key: "description", type: "text" },
  ],
  // within: organisation ids.
  select: (p) => p.recordedOn && !p.within ? sql`${recordedOrganisationsWith({ ...p, recordedOn: p.recordedOn })}
    select ro.name as "organisation", ro.row ->> 'nameCs' as "nameCs", ro.row ->> 'abbreviation' as "abbreviation",
      ro.row ->> 'kind' as "kind", ro.row ->> 'scope' as "scope", ${statusOnSql(sql.raw("ro.id"), p.date, RP)} as "status",
      (select min(mp.valid_from)::text from rp mp where mp.organisation_id = ro.id and mp.valid_from <= ${p.date}::date) as "memberSince",
      ro.row ->> 'website' as "website", ro.row ->> 'description' as "description", ro.predates as _p,
      ${organisationNameKey(sql.raw("ro.name"))} as _k0, ro.id::text as _k1
    from ro where ${inRecordOn("ro.id", p.date, RP)}` : organisationsNow(p),
};

// The registry's own record of names: the official one, the Czech one and the abbreviation,
// each in its column whatever the file's language (the other kinds name by display-name.ts).
const organisationsNow = ({ date, within }: ExportParams) => sql`select o.name as "organisation", o.name_cs as "nameCs", o.abbreviation as "abbreviation",
      o.kind::text as "kind", o.scope::text as "scope", ${statusOnSql(ORG_ID, date)} as "status",
      (select min(mp.valid_from)::text from membership_periods mp
        where mp.organisation_id = o.id and mp.valid_from <= ${date}::date) as "memberSince",
      o.website as "website", o.description as "description",
      ${organisationNameKey()} as _k0, o.id::text as _k1
    from organisations o where ${within ? sql`true${inList("o.id", within)}` : inRecordOn("o.id", date)}`;

export const periodsExport: ExportKind = {
  id: "periods",
  keyCount: 3,
  columns: [
    { key: "organisation", type: "text" },
    { key: "status", type: "enum", enum: "membershipStatus" },
    { key: "validFrom", type: "date" },
    { key: "validTo", type: "date" },
    { key: "startDecision", type: "text" },
    { key: "startDecisionDate", type: "date" },
    { key: "endDecision", type: "text" },
    { key: "endDecisionDate", type: "date" },
    { key: "startCouncilDecision", type: "text" },
    { key: "endCouncilDecision", type: "text" },
    { key: "note", type: "text" },
  ],
  // within: organisation ids (the organisation page lists all its periods, past and future).
  select: (p) => p.recordedOn && !p.within ? sql`${recordedOrganisationsWith({ ...p, recordedOn: p.recordedOn })}
    select ${recordedOrganisationNameSql(p.locale)} as "organisation", mp.status as "status",
      mp.valid_from::text as "validFrom", mp.valid_to::text as "validTo",
      mp.row ->> 'startDecision' as "startDecision", mp.row ->> 'startDecisionDate' as "startDecisionDate",
      mp.row ->> 'endDecision' as "endDecision", mp.row ->> 'endDecisionDate' as "endDecisionDate",
      ${decisionReferenceSql(sql`(mp.row ->> 'startDecisionId')::uuid`)} as "startCouncilDecision",
      ${decisionReferenceSql(sql`(mp.row ->> 'endDecisionId')::uuid`)} as "endCouncilDecision", mp.row ->> 'note' as "note",
      mp.predates as _p,
      ${organisationNameKey(recordedOrganisationNameSql(p.locale))} as _k0, mp.valid_from::text as _k1, mp.id::text as _k2
    from rp mp left join ro on ro.id = mp.organisation_id left join organisations o on o.id = mp.organisation_id
    where mp.valid_from <= ${p.date}::date` : periodsNow(p),
};

const periodsNow = ({ date, within, locale }: ExportParams) => sql`select ${displayNameSql(locale, "o")} as "organisation", mp.status::text as "status",
      mp.valid_from::text as "validFrom", mp.valid_to::text as "validTo",
      mp.start_decision as "startDecision", mp.start_decision_date::text as "startDecisionDate",
      mp.end_decision as "endDecision", mp.end_decision_date::text as "endDecisionDate",
      ${decisionReferenceSql("mp.start_decision_id")} as "startCouncilDecision",
      ${decisionReferenceSql("mp.end_decision_id")} as "endCouncilDecision", mp.note as "note",
      ${organisationNameKey(displayNameSql(locale, "o"))} as _k0, mp.valid_from::text as _k1, mp.id::text as _k2
    from membership_periods mp join organisations o on o.id = mp.organisation_id
    where ${within ? sql`true${inList("mp.organisation_id", within)}` : sql`mp.valid_from <= ${date}::date`}`;
