import "server-only";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import type { AuditEventRow } from "./queries";
import { fieldKind, type FieldKind } from "./vocabulary";
import type { Locale } from "@/lib/i18n/config";
import { displayNameSql, shortNameSql } from "@/lib/registry/display-name";

/**
 * Reading the log as a register: each event's record named in words with a link, and the ids in
 * its values resolved to names. Everything a page shows is looked up in one batch per kind of
 * record, so a page of 25 events costs a handful of queries.
 */

type RefKind = Extract<FieldKind, { ref: string }>["ref"];

/** A referenced record as the log names it, in the registry's own words (dates stay ISO). */
export type RefName = {
  /** "EUROCITIES", "DOP MHMP", "Jan Novák", "POLIS Brussels" ... */
  name: string;
  /** Meetings and periods: the day that names them with the rest. */
  date?: string;
  organisationId?: string;
  /** A person whose personal data was erased: shown as "Anonymizovaná osoba". */
  anonymised?: boolean;
};

export type Refs = Record<RefKind, Map<string, RefName>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which ref kind an entity's own id is (the record the event is about). */
const SELF_REF: Partial<Record<string, RefKind>> = {
  organisation: "organisation",
  body: "body",
  department: "department",
  person: "person",
  user: "user",
  meeting: "meeting",
  representation: "representation",
  council_decision: "council_decision",
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The row the event is about: after, or before for a deletion. */
export function snapshot(event: Pick<AuditEventRow, "before" | "after">): Record<string, unknown> {
  return { ...(isObject(event.before) ? event.before : {}), ...(isObject(event.after) ? event.after : {}) };
}

function collect(events: readonly AuditEventRow[]): Record<RefKind, Set<string>> {
  const ids: Record<RefKind, Set<string>> = {
    organisation: new Set(), body: new Set(), department: new Set(), person: new Set(),
    user: new Set(), meeting: new Set(), representation: new Set(), council_decision: new Set(),
  };
  for (const e of events) {
    const self = SELF_REF[e.entity];
    if (self && e.entityId && UUID.test(e.entityId)) ids[self].add(e.entityId);
    for (const row of [e.before, e.after]) {
      if (!isObject(row)) continue;
      for (const [field, value] of Object.entries(row)) {
        const kind = fieldKind(e.entity, field);
        if (kind && "ref" in kind && typeof value === "string" && UUID.test(value)) ids[kind.ref].add(value);
      }
    }
  }
  return ids;
}

const uuidList = (ids: Set<string>) => sql.join([...ids].map((id) => sql`${id}::uuid`), sql`, `);

/** Resolves every id the events mention to the name a reader knows the record by. */
export async function resolveRefs(db: Queryable, events: readonly AuditEventRow[], locale: Locale): Promise<Refs> {
  const ids = collect(events);
  // A meeting's or a seat's organisation is named too, so look those up after them.
  const refs = Object.fromEntries(Object.keys(ids).map((k) => [k, new Map<string, RefName>()])) as Refs;
  const run = async <T extends Record<string, unknown>>(set: Set<string>, query: (list: ReturnType<typeof uuidList>) => ReturnType<typeof sql>) =>
    set.size === 0 ? [] : (await db.execute<T>(query(uuidList(set)))).rows;

  const [meetingRows, seatRows, bodyRows] = await Promise.all([
    run<{ id: string; title: string; city: string | null; online: boolean; starts_on: string; organisation_id: string }>(ids.meeting, (l) =>
      sql`select id::text, title, city, online, starts_on::text, organisation_id::text from meetings where id in (${l})`),
    run<{ id: string; organisation_id: string; person_id: string | null; department_id: string | null }>(ids.representation, (l) =>
      sql`select id::text, organisation_id::text, person_id::text, department_id::text from representations where id in (${l})`),
    run<{ id: string; name: string; organisation_id: string }>(ids.body, (l) =>
      sql`select id::text, ${displayNameSql(locale, "bodies")} as name, organisation_id::text from bodies where id in (${l})`),
  ]);
  for (const m of meetingRows) ids.organisation.add(m.organisation_id);
  for (const b of bodyRows) ids.organisation.add(b.organisation_id);
  for (const s of seatRows) {
    ids.organisation.add(s.organisation_id);
    if (s.person_id) ids.person.add(s.person_id);
    if (s.department_id) ids.department.add(s.department_id);
  }
  for (const e of events) {
    const org = snapshot(e).organisationId;
    if (typeof org === "string" && UUID.test(org)) ids.organisation.add(org);
  }

  const [orgRows, deptRows, personRows, userRows, decisionRows] = await Promise.all([
    run<{ id: string; name: string }>(ids.organisation, (l) =>
      sql`select id::text, ${shortNameSql(locale, "organisations")} as name from organisations where id in (${l})`),
    run<{ id: string; code: string }>(ids.department, (l) => sql`select id::text, code from departments where id in (${l})`),
    run<{ id: string; name: string; anonymised: boolean }>(ids.person, (l) =>
      sql`select id::text, concat_ws(' ', first_name, last_name) as name, anonymised_at is not null as anonymised from people where id in (${l})`),
    run<{ id: string; name: string }>(ids.user, (l) => sql`select id::text, name from users where id in (${l})`),
    run<{ id: string; name: string; decided_on: string }>(ids.council_decision, (l) =>
      sql`select id::text, case body when 'rada' then 'RHMP' else 'ZHMP' end || ' ' || number as name, decided_on::text
        from council_decisions where id in (${l})`),
  ]);
  for (const o of orgRows) refs.organisation.set(o.id, { name: o.name });
  for (const d of deptRows) refs.department.set(d.id, { name: `${d.code} MHMP` });
  for (const p of personRows) refs.person.set(p.id, { name: p.name, anonymised: p.anonymised });
  for (const u of userRows) refs.user.set(u.id, { name: u.name });
  for (const d of decisionRows) refs.council_decision.set(d.id, { name: d.name, date: d.decided_on });
  const orgName = (id: string) => refs.organisation.get(id)?.name ?? "";
  for (const b of bodyRows) refs.body.set(b.id, { name: `${orgName(b.organisation_id)} – ${b.name}`, organisationId: b.organisation_id });
  for (const m of meetingRows) {
    refs.meeting.set(m.id, {
      name: [orgName(m.organisation_id), m.online ? "online" : m.city].filter(Boolean).join(" "),
      date: m.starts_on,
      organisationId: m.organisation_id,
    });
  }
  for (const s of seatRows) {
    const who = s.person_id ? refs.person.get(s.person_id) : s.department_id ? refs.department.get(s.department_id) : undefined;
    refs.representation.set(s.id, {
      name: [orgName(s.organisation_id), who?.anonymised ? null : who?.name].filter(Boolean).join(" – "),
      organisationId: s.organisation_id,
      anonymised: who?.anonymised,
    });
  }
  return refs;
}

/** What names an event's record, before the words of one language are put around it. */
export type Subject = {
  /** The parts after the entity's label: "EUROCITIES 2026 (EUR)". Dates ISO, to be formatted. */
  parts: (string | { date: string } | { anonymised: true })[];
  href?: string;
};

const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : undefined);

/** The record an event is about, named from its own snapshot and the resolved references. */
export function subjectOf(event: AuditEventRow, refs: Refs): Subject {
  const row = snapshot(event);
  const id = event.entityId ?? "";
  const orgId = str(row.organisationId);
  const org = orgId ? refs.organisation.get(orgId)?.name ?? str(row.organisationId) : undefined;
  const orgHref = orgId ? `/organizations/${orgId}` : undefined;
  switch (event.entity) {
    case "organisation":
      return { parts: [refs.organisation.get(id)?.name ?? str(row.abbreviation) ?? str(row.name) ?? id], href: `/organizations/${id}` };
    case "body":
      return { parts: [refs.body.get(id)?.name ?? `${org ?? ""} – ${str(row.name) ?? id}`], href: orgHref };
    case "membership_period":
      return { parts: [org ?? id, ...(str(row.validFrom) ? [{ date: str(row.validFrom)! }] : [])], href: orgHref };
    case "fee":
      return { parts: [`${org ?? id} ${str(row.year) ?? ""} (${str(row.currency) ?? ""})`], href: orgHref };
    case "engagement_assessment":
      return {
        parts: [`${org ?? id} ${str(row.year) ?? ""}`],
        href: orgId && str(row.year) ? `/organizations/${orgId}/assessments/${str(row.year)}` : orgHref,
      };
    case "representation": {
      const seat = refs.representation.get(id);
      return { parts: [seat?.name ?? org ?? id], href: orgHref };
    }
    case "meeting": {
      const m = refs.meeting.get(id);
      return { parts: m ? [m.name, { date: m.date! }] : [str(row.title) ?? id], href: `/meetings/${id}` };
    }
    case "attendance": {
      const meetingId = str(row.meetingId);
      const m = meetingId ? refs.meeting.get(meetingId) : undefined;
      const personId = str(row.personId);
      const p = personId ? refs.person.get(personId) : undefined;
      return {
        parts: [...(p ? [p.anonymised ? { anonymised: true as const } : p.name] : []), ...(m ? [`– ${m.name}`, { date: m.date! }] : [])],
        href: meetingId ? `/meetings/${meetingId}` : undefined,
      };
    }
    case "person": {
      const p = refs.person.get(id);
      return { parts: [p?.anonymised ? { anonymised: true } : p?.name ?? id], href: `/people/${id}` };
    }
    case "department":
      return { parts: [refs.department.get(id)?.name ?? str(row.code) ?? id], href: `/departments/${id}` };
    case "user":
      return { parts: [refs.user.get(id)?.name ?? str(row.name) ?? id], href: `/admin/users/${id}` };
    case "council_decision": {
      const d = refs.council_decision.get(id);
      return {
        parts: d ? [d.name, { date: d.date! }] : [str(row.number) ?? id, ...(str(row.decidedOn) ? [{ date: str(row.decidedOn)! }] : [])],
        href: `/council-decisions/${id}`,
      };
    }
    case "calendar_token": {
      const userId = str(row.userId);
      return { parts: [userId ? refs.user.get(userId)?.name ?? "" : "", str(row.label) ?? ""].filter(Boolean) };
    }
    default:
      return { parts: id ? [id] : [] };
  }
}

/** Fields of a person that hold personal data: shown as erased once the person is anonymised. */
export const PERSONAL_FIELDS = new Set(["title", "firstName", "lastName", "email", "phone"]);

/** Whether a value of this event is a person's personal data that has since been erased. */
export function isErased(event: AuditEventRow, field: string, refs: Refs): boolean {
  return event.entity === "person" && PERSONAL_FIELDS.has(field) && !!event.entityId && refs.person.get(event.entityId)?.anonymised === true;
}

