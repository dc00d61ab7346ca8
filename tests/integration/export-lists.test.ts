import { eq, sql } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, engagementAssessments, fees, meetings, membershipPeriods, organisations } from "@/db/schema";
import { getFeesOverview } from "@/lib/fees/queries";
import { listMeetings, meetingParamsSchema } from "@/lib/meetings/queries";
import { getOrganisation, listOrganisations, listParamsSchema } from "@/lib/organisations/queries";
import { getRepresentationMatrix, matrixParamsSchema } from "@/lib/representation/queries";
import { EXPORT_KINDS, type ExportKindId } from "@/lib/exports/kinds";
import { exportHrefForList, carriedFilters } from "@/lib/exports/lists";
import { getExportProgress } from "@/lib/exports/progress";
import { exportParams, exportRequestSchema, startExport } from "@/lib/exports/service";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeBody, makeDepartment, makeOrganisation, makePerson, makeRepresentation, unique } from "../helpers/factories";

let auditor: Actor;
let coordinator: Actor;

/** A year no other test uses, so the fee and meeting lists for it hold only this file's rows. */
const YEAR = 2187;

/** The request a click on a list's "Exportovat" makes: its /exports link, then the download's URL. */
function requestFromList(list: Parameters<typeof exportHrefForList>[0], listParams: Record<string, string>, extra: Record<string, string> = {}) {
  const url = new URL(exportHrefForList(list, listParams), "http://x");
  const search = url.searchParams;
  for (const [k, v] of Object.entries(extra)) search.set(k, v);
  return exportRequestSchema.parse({ ...Object.fromEntries(search), filters: carriedFilters(search), columns: [] });
}

/**
 * The ids an export holds: the kind's unique sort key (its own id) or, for meetings, the meeting,
 * read from the kind's query with the request's parameters. (The streaming source itself is
 * covered by the CSV test below and by exports.test.ts.)
 */
async function exportedIds(kind: ExportKindId, request: ReturnType<typeof requestFromList>, key: string): Promise<string[]> {
  return (await exportedRows(kind, request)).map((row) => String(row[key]));
}

async function exportedRows(kind: ExportKindId, request: ReturnType<typeof requestFromList>) {
  const db = await getDb();
  return (await db.execute<Record<string, unknown>>(sql`select * from (${EXPORT_KINDS[kind].select(exportParams(request))}) q`)).rows;
}

/** Every page of a list, as the screen pages through it. */
async function allPages<R>(page: (n: number) => Promise<{ rows: R[]; total: number }>): Promise<R[]> {
  const out: R[] = [];
  for (let n = 1; ; n++) {
    const { rows, total } = await page(n);
    out.push(...rows);
    if (rows.length === 0 || out.length >= total) return out;
  }
}

let tag: string;
let orgs: { full: string; ended: string; observer: string };
let meetingOrg: string;
let bodyId: string;
let department: string;

beforeAll(async () => {
  auditor = await makeActor("auditor");
  coordinator = await makeActor("coordinator");
  const db = await getDb();
  tag = unique("Vyvoz");
  const make = async (suffix: string, kind: "city_network" | "ngo") =>
    (await db.insert(organisations).values({ name: `${tag} ${suffix}`, kind, scope: "european" }).returning())[0]!.id;
  orgs = { full: await make("Plná", "city_network"), ended: await make("Ukončená", "ngo"), observer: await make("Pozorovatel", "city_network") };
  await db.insert(membershipPeriods).values([
    { organisationId: orgs.full, status: "full", validFrom: "2004-05-01" },
    { organisationId: orgs.ended, status: "full", validFrom: "2000-01-01", validTo: "2010-12-31" },
    { organisationId: orgs.observer, status: "observer", validFrom: "1993-01-01", validTo: "2004-04-30" },
    { organisationId: orgs.observer, status: "full", validFrom: "2004-05-01" },
  ]);
  // 55 fees in YEAR: more than one page of the overview (50).
  await db.execute(sql`insert into fees (organisation_id, year, amount, currency, due_on)
    select ${orgs.full}::uuid, ${YEAR}, g * 10.5, 'EUR', (${`${YEAR}-01-01`}::date + g) from generate_series(1, 55) g`);
  await db.insert(fees).values({ organisationId: orgs.ended, year: YEAR - 1, amount: "1.00", currency: "EUR" });
  await db.insert(engagementAssessments).values([
    { organisationId: orgs.full, year: 2024, level: "active", assessedOn: "2025-01-10" },
    { organisationId: orgs.full, year: 2025, level: "essential", assessedOn: "2026-01-10" },
    { organisationId: orgs.ended, year: 2025, level: "limited", assessedOn: "2026-01-10" },
  ]);
  // Meetings: 30 forum meetings of one organisation's body in YEAR (more than a page of 25), and others.
  meetingOrg = (await makeOrganisation()).id;
  bodyId = (await makeBody(meetingOrg)).id;
  department = (await makeDepartment()).id;
  await db.execute(sql`insert into meetings (organisation_id, body_id, kind, title, starts_on, ends_on)
    select ${meetingOrg}::uuid, ${bodyId}::uuid, 'forum_meeting', 'Fórum ' || g, (${`${YEAR}-01-01`}::date + g), (${`${YEAR}-01-01`}::date + g)
    from generate_series(1, 30) g`);
  await db.execute(sql`insert into meetings (organisation_id, kind, title, starts_on, ends_on)
    values (${meetingOrg}::uuid, 'conference', 'Konference', ${`${YEAR}-06-01`}::date, ${`${YEAR}-06-02`}::date),
      (${meetingOrg}::uuid, 'forum_meeting', 'Fórum loni', ${`${YEAR - 1}-06-01`}::date, ${`${YEAR - 1}-06-01`}::date)`);
  // Two attendees of the department at the first forum meeting: its export has a row each.
  const [first] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.title, "Fórum 1"));
  for (let i = 0; i < 2; i++) {
    const person = await makePerson({ departmentId: department });
    await db.execute(sql`insert into attendance (meeting_id, person_id) values (${first!.id}::uuid, ${person.id}::uuid)`);
  }
  // Seats: current in the full member, past in the ended one.
  const person = await makePerson();
  await makeRepresentation({ organisationId: orgs.full, personId: person.id, role: "primary_contact", validFrom: "2020-01-01" });
  await makeRepresentation({ organisationId: orgs.ended, personId: person.id, role: "primary_contact", validFrom: "2000-01-01", validTo: "2010-12-31" });
  await makeRepresentation({ organisationId: orgs.observer, departmentId: department, role: "forum_member", validFrom: "2001-01-01" });
}, 120_000);

describe("exports from a list hold exactly the list's rows, all pages of them", () => {
  it.each([
    ["search and current members", { q: "" /* set below */, status: "current" }],
    ["search, status on a past day", { q: "", status: "observer", asOf: "2003-12-31" }],
    ["kind and fee, as of a past day", { kind: "city_network", fee: "no", asOf: "2003-12-31" }],
    ["current members, every organisation", { status: "current" }],
    ["bad values fall back to the defaults", { q: "", status: "bogus", asOf: "31.12.2003", kind: "nope", fee: "maybe" }],
  ])("organisations: %s", async (_name, raw) => {
    const filters: Record<string, string> = { ...raw, ...("q" in raw ? { q: tag } : {}) };
    const params = listParamsSchema.parse(filters);
    const listed = await allPages((page) => listOrganisations(auditor, { ...params, page }));
    const request = requestFromList("organisations", filters);
    expect(request.kind).toBe("organisations");
    const exported = await exportedIds("organisations", request, "_k1");
    expect([...exported].sort()).toEqual(listed.map((r) => r.id).sort());
    if ("q" in raw) expect(exported.length).toBeGreaterThan(0);
  });

  it("organisations: the status column is the status on the list's day", async () => {
    const rows = await exportedRows("organisations", requestFromList("organisations", { q: tag, asOf: "2003-12-31" }));
    expect(Object.fromEntries(rows.map((r) => [r._k1, r.status]))).toEqual({
      [orgs.full]: "none",
      [orgs.ended]: "full",
      [orgs.observer]: "observer",
    });
  });

  it("fees: the overview's year, past its first page; a bad year is this year, as on the screen", async () => {
    const listed = await allPages((page) => getFeesOverview(auditor, { year: YEAR, page }));
    expect(listed.length).toBe(55);
    expect(await exportedIds("fees", requestFromList("fees", { year: String(YEAR) }), "_k2")).toEqual(
      expect.arrayContaining(listed.map((r) => r.id)),
    );
    expect((await exportedIds("fees", requestFromList("fees", { year: String(YEAR) }), "_k2")).length).toBe(55);
    const thisYear = Number(new Date().getFullYear());
    const thisYears = await allPages((page) => getFeesOverview(auditor, { year: thisYear, page }));
    const bad = await exportedIds("fees", requestFromList("fees", { year: "20x5" }), "_k2");
    expect(bad.sort()).toEqual(thisYears.map((r) => r.id).sort());
  });

  it.each([
    ["organisation, body, year", () => ({ organisation: meetingOrg, body: bodyId, year: String(YEAR) })],
    ["organisation and kind", () => ({ organisation: meetingOrg, kind: "conference" })],
    ["department", () => ({ department })],
    ["bad values fall back to no filter on them", () => ({ organisation: meetingOrg, body: "x", year: "abc", kind: "party" })],
  ])("meetings: %s", async (_name, filters) => {
    const f = filters();
    const listed = await allPages((page) => listMeetings(auditor, { ...meetingParamsSchema.parse(f), page }));
    const exported = await exportedIds("meetings", requestFromList("meetings", f), "_k1");
    expect([...new Set(exported)].sort()).toEqual(listed.map((r) => r.id).sort());
    expect(listed.length).toBeGreaterThan(0);
  });

  it.each([
    ["members today, searched", { all: "" }],
    ["every organisation, as of a past day", { all: "1", asOf: "2005-06-30" }],
  ])("representation: %s", async (_name, raw) => {
    const filters = { ...raw, q: tag };
    const params = matrixParamsSchema.parse(filters);
    const listed = await allPages((page) =>
      getRepresentationMatrix(auditor, { q: params.q, asOf: params.asOf, all: params.all === "1", page }),
    );
    // The matrix shows each organisation's rows with their seats; the export holds one row per seat.
    const seats = listed.flatMap((row) => Object.values(row.cells).flat().map((c) => c.id));
    const exported = await exportedIds("representations", requestFromList("representation", filters), "_k2");
    expect(exported.sort()).toEqual(seats.sort());
    expect(seats.length).toBeGreaterThan(0);
  });

  it("an organisation's periods and assessments: all of them, whatever the day", async () => {
    const detail = (await getOrganisation(auditor, { id: orgs.observer }))!;
    const periods = await exportedIds("periods", requestFromList("periods", { organisation: orgs.observer }), "_k2");
    expect(periods.sort()).toEqual(detail.periods.map((p) => p.id).sort());
    const full = (await getOrganisation(auditor, { id: orgs.full }))!;
    const assessments = await exportedIds("assessments", requestFromList("assessments", { organisation: orgs.full }), "_k2");
    expect(assessments.sort()).toEqual(full.assessments.map((a) => a.id).sort());
    expect(assessments).toHaveLength(2);
  });

  it("a list's filters do not apply to another kind; a bad organisation id drops them", async () => {
    const request = requestFromList("organisations", { q: tag }, { kind: "fees" });
    expect(exportParams(request).within).toBeUndefined();
    const bad = exportRequestSchema.parse({ kind: "periods", list: "periods", filters: { organisation: "x" }, columns: [] });
    expect(exportParams(bad).within).toBeUndefined();
  });

  it("the CSV holds the list's rows and the audit event records the list's filters", async () => {
    const request = requestFromList("organisations", { q: tag, status: "current", page: "3" }, { format: "csv", style: "iso" });
    const download = await startExport(coordinator, request);
    let csv = "";
    for await (const chunk of download.chunks) csv += String(chunk);
    const [header, ...rows] = parse(csv, { bom: true, delimiter: ";" }) as string[][];
    const name = header!.indexOf("Organizace");
    expect(rows.map((r) => r[name])).toEqual([`${tag} Plná`, `${tag} Pozorovatel`]);
    expect(download.filename).toMatch(/^organisations-vyber-k-\d{4}-\d{2}-\d{2}[a-z0-9-]*\.csv$/);

    const db = await getDb();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorId, coordinator.id))
      .orderBy(sql`${auditEvents.id} desc`)
      .limit(1);
    expect(event!.entity).toBe("export");
    expect(event!.after).toMatchObject({ kind: "organisations", list: "organisations", filters: { q: tag, status: "current" } });
    // The page number is not a filter: the export holds every page.
    expect((event!.after as { filters: Record<string, string> }).filters).not.toHaveProperty("page");
  });

  it("the XLSX of a list says on its cover which list and which filters, records named", async () => {
    const request = requestFromList("meetings", { organisation: meetingOrg, kind: "conference" }, { format: "xlsx" });
    const download = await startExport(auditor, request);
    const parts: Buffer[] = [];
    for await (const chunk of download.chunks) parts.push(chunk as Buffer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Úvod", "Jednání a účast"]);
    const cover: string[] = [];
    wb.getWorksheet("Úvod")!.eachRow((row) => cover.push((row.values as unknown[]).slice(1).map(String).join(" | ")));
    const db = await getDb();
    const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, meetingOrg));
    expect(cover).toContain("Co | Jednání");
    expect(cover).toContain(`Filtry | Organizace: ${org!.name}; Druh: Konference`);
    const rows = wb.getWorksheet("Jednání a účast")!.rowCount - 1;
    expect(rows).toBe(1);
  });
});

describe("download progress", () => {
  it("advances batch by batch to the total, and only its own actor may read it", async () => {
    const id = crypto.randomUUID();
    const request = { ...requestFromList("fees", { year: String(YEAR) }, { format: "csv" }), progress: id };
    const download = await startExport(auditor, request, { batchSize: 10 });
    const seen: number[] = [];
    for await (const _chunk of download.chunks) {
      // Slower than the tracker's write interval, so each batch's count is written.
      await new Promise((r) => setTimeout(r, 300));
      const p = await getExportProgress(auditor, { id });
      if (p) seen.push(p.rowsWritten);
    }
    const done = await getExportProgress(auditor, { id });
    expect(done).toEqual({ rowsWritten: 55, total: 55, finished: true });
    expect(seen.some((n) => n > 0 && n < 55)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    // Another exporter sees nothing of it; staff may not ask at all.
    expect(await getExportProgress(coordinator, { id })).toBeNull();
    await expect(getExportProgress(await makeActor("staff"), { id })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("counts the total while it runs, and a reused id is not taken over by another actor", async () => {
    const id = crypto.randomUUID();
    const first = await startExport(auditor, { ...requestFromList("fees", { year: String(YEAR) }), progress: id }, { batchSize: 10 });
    const iterator = first.chunks[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    await new Promise((r) => setTimeout(r, 300));
    const running = await getExportProgress(auditor, { id });
    expect(running).toMatchObject({ total: 55, finished: false });
    // Another actor's download under the same id leaves the first one's record alone.
    const other = await startExport(coordinator, { ...requestFromList("fees", { year: String(YEAR) }), progress: id });
    for await (const _ of other.chunks) void _;
    expect(await getExportProgress(coordinator, { id })).toBeNull();
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) void r;
    expect(await getExportProgress(auditor, { id })).toMatchObject({ rowsWritten: 55, finished: true });
  });
});
