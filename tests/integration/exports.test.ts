import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { attendance, auditEvents, meetings, people } from "@/db/schema";
import { createFee } from "@/lib/fees/commands";
import { addPeriod, createOrganisation } from "@/lib/organisations/commands";
import { PREVIEW_ROWS, previewExport } from "@/lib/exports/queries";
import { startExport, type ExportRequest } from "@/lib/exports/service";
import { formatDate } from "@/lib/i18n/format";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation, unique } from "../helpers/factories";

let auditor: Actor;
let coordinator: Actor;

beforeAll(async () => {
  auditor = await makeActor("auditor");
  coordinator = await makeActor("coordinator");
});

const request = (r: Partial<ExportRequest> & Pick<ExportRequest, "kind">): ExportRequest => ({ format: "csv", style: "cs", columns: [], ...r });

async function collect(chunks: AsyncGenerator<string | Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(typeof c === "string" ? Buffer.from(c, "utf8") : c);
  return Buffer.concat(parts);
}

async function workbook(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

const YEAR = 2190;
const ROWS = 100_000;

/** 100 meetings × 1 000 people in YEAR, a year no other test uses (after every "as of" date the other tests export): 100 000 attendance rows. */
async function seedAttendance() {
  const db = await getDb();
  const org = await makeOrganisation();
  // A member since before the meetings: "as of" holds only organisations joined by that day.
  expect((await addPeriod(coordinator, { organisationId: org.id, status: "full", validFrom: `${YEAR}-01-01` })).ok).toBe(true);
  const tag = unique("bench");
  await db.execute(sql`insert into people (first_name, last_name)
    select 'Účastník', ${tag} || '-' || lpad(g::text, 4, '0') from generate_series(1, 1000) g`);
  await db.execute(sql`insert into meetings (organisation_id, kind, title, starts_on, ends_on, city, country)
    select ${org.id}::uuid, 'forum_meeting', 'Zasedání č. ' || g, (${`${YEAR}-01-01`}::date + g), (${`${YEAR}-01-01`}::date + g), 'Brno', 'CZ'
    from generate_series(1, 100) g`);
  await db.execute(sql`insert into attendance (meeting_id, person_id, status, travel_cost_czk)
    select m.id, p.id, case when (row_number() over ()) % 3 = 0 then 'excused' else 'attended' end::attendance_status,
      ((row_number() over ()) % 997)::numeric / 4
    from meetings m cross join people p
    where m.organisation_id = ${org.id}::uuid and p.last_name like ${`${tag}-%`}`);
}

describe("streaming exports", () => {
  beforeAll(seedAttendance, 420_000);

  it("streams 100 000 rows as CSV: the first rows leave before the query has read them all, and match a direct query row for row", async () => {
    let fetched = 0;
    const download = await startExport(auditor, request({ kind: "meetings", year: YEAR, date: `${YEAR}-12-31` }), {
      onFetch: (n) => (fetched = n),
    });
    const parts: string[] = [];
    let fetchedAtFirstRows: number | null = null;
    for await (const chunk of download.chunks) {
      parts.push(String(chunk));
      if (fetchedAtFirstRows === null && parts.length === 2) fetchedAtFirstRows = fetched;
    }
    expect(fetched).toBe(ROWS);
    // The first data chunk went out when only its own batch had been read.
    expect(fetchedAtFirstRows).not.toBeNull();
    expect(fetchedAtFirstRows!).toBeLessThan(ROWS / 10);

    const csv = parts.join("");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const records = parse(csv, { bom: true, delimiter: ";" }) as string[][];
    const [header, ...rows] = records;
    expect(header).toContain("Osoba");
    expect(rows).toHaveLength(ROWS);

    const db = await getDb();
    const direct = await db
      .select({
        startsOn: meetings.startsOn,
        title: meetings.title,
        first: people.firstName,
        last: people.lastName,
        status: attendance.status,
        cost: attendance.travelCostCzk,
      })
      .from(attendance)
      .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
      .innerJoin(people, eq(people.id, attendance.personId))
      .where(and(gte(meetings.startsOn, `${YEAR}-01-01`), lte(meetings.startsOn, `${YEAR}-12-31`)))
      .orderBy(asc(meetings.startsOn), asc(sql`${meetings.id}::text`), asc(sql`${attendance.id}::text`));
    expect(direct).toHaveLength(ROWS);
    const col = (name: string) => header!.indexOf(name);
    const [cStart, cTitle, cPerson, cStatus, cCost] = ["Začátek", "Název jednání", "Osoba", "Stav účasti", "Cestovní náklady (Kč)"].map(col);
    for (let i = 0; i < ROWS; i++) {
      const r = rows[i]!;
      const d = direct[i]!;
      const expected = [formatDate(d.startsOn, "cs"), d.title, `${d.first} ${d.last}`, d.status === "excused" ? "Omluven" : "Zúčastnil se", d.cost!.replace(".", ",")];
      const got = [r[cStart!], r[cTitle!], r[cPerson!], r[cStatus!], r[cCost!]];
      if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ row: i, got }).toEqual({ row: i, got: expected });
    }
  }, 420_000);

  it("streams the same rows as XLSX, typed, with a frozen header", async () => {
    let fetched = 0;
    const download = await startExport(auditor, request({ kind: "meetings", format: "xlsx", year: YEAR, date: `${YEAR}-12-31` }), {
      onFetch: (n) => (fetched = n),
    });
    const parts: Buffer[] = [];
    let fetchedAtFirstBytes: number | null = null;
    for await (const chunk of download.chunks) {
      if (fetchedAtFirstBytes === null) fetchedAtFirstBytes = fetched;
      parts.push(chunk as Buffer);
    }
    expect(fetchedAtFirstBytes!).toBeLessThan(ROWS);
    const wb = await workbook(Buffer.concat(parts));
    const sheet = wb.getWorksheet("Jednání a účast")!;
    expect(sheet.rowCount).toBe(ROWS + 1);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const start = sheet.getRow(2).getCell(header.indexOf("Začátek") + 1);
    expect(start.value).toEqual(new Date(Date.UTC(YEAR, 0, 2)));
    expect(start.numFmt).toBe("d. m. yyyy");
    const cost = sheet.getRow(2).getCell(header.indexOf("Cestovní náklady (Kč)") + 1);
    expect(typeof cost.value).toBe("number");
    expect(cost.numFmt).toBe("#,##0.00");
  }, 420_000);

  it("previews exactly the first rows of the download, in the chosen columns", async () => {
    const chosen = { kind: "meetings" as const, year: YEAR, date: `${YEAR}-12-31`, columns: ["person", "startsOn", "travelCostCzk"] };
    const preview = await previewExport(auditor, { ...request(chosen), kind: "meetings", previewOf: "meetings" });
    expect(preview.total).toBe(ROWS);
    expect(preview.headers).toEqual(["Začátek", "Osoba", "Cestovní náklady (Kč)"]);
    const csv = (await collect((await startExport(auditor, request(chosen))).chunks)).toString("utf8");
    const [header, ...rows] = parse(csv, { bom: true, delimiter: ";" }) as string[][];
    expect(header).toEqual(preview.headers);
    expect(preview.rows).toHaveLength(PREVIEW_ROWS);
    expect(preview.rows).toEqual(rows.slice(0, PREVIEW_ROWS));
  }, 120_000);

  it("a download cancelled midway ends its transaction and frees its connection, CSV and XLSX alike", async () => {
    const db = await getDb();
    for (const format of ["csv", "xlsx"] as const) {
      let fetched = 0;
      const download = await startExport(auditor, request({ kind: "meetings", format, year: YEAR, date: `${YEAR}-12-31` }), {
        onFetch: (n) => (fetched = n),
      });
      let chunks = 0;
      for await (const chunk of download.chunks) {
        expect(chunk.length).toBeGreaterThan(0);
        if (++chunks === 3) break; // what a closed browser tab does: the response stream is cancelled
      }
      expect(fetched).toBeGreaterThan(0);
      expect(fetched).toBeLessThan(ROWS);
      const client: unknown = (db as unknown as { $client: unknown }).$client;
      if (typeof client === "object" && client !== null && "totalCount" in client) {
        // node-postgres: no session of this database is left inside a transaction or still
        // sending the export (its COPY ends when the server finds the connection closed).
        const stillOpen = async () =>
          (await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()
              and (state like 'idle in transaction%' or (query ilike 'copy%' or query ilike 'fetch%') and state = 'active')`)).rows[0]!.n;
        let open = await stillOpen();
        for (let i = 0; i < 50 && open > 0; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          open = await stillOpen();
        }
        expect({ format, open }).toEqual({ format, open: 0 });
        const pool = client as { totalCount: number; idleCount: number };
        expect({ format, busy: pool.totalCount - pool.idleCount }).toEqual({ format, busy: 0 });
      }
      // And the database answers the next query at once.
      expect((await db.execute<{ one: number }>(sql`select 1 as one`)).rows[0]!.one).toBe(1);
    }
  }, 120_000);
});

describe("export content and rules", () => {
  it("neutralises a formula typed into a text field, in CSV and XLSX alike", async () => {
    const name = unique("Vzorec");
    const created = await createOrganisation(coordinator, {
      name, kind: "ngo", scope: "global", description: '=HYPERLINK("http://x")',
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect((await addPeriod(coordinator, { organisationId: created.data.id, status: "full", validFrom: "2020-01-01" })).ok).toBe(true);
    const csv = (await collect((await startExport(auditor, request({ kind: "organisations" }))).chunks)).toString("utf8");
    const row = (parse(csv, { bom: true, delimiter: ";" }) as string[][]).find((r) => r[0] === name)!;
    expect(row).toContain("'=HYPERLINK(\"http://x\")");

    const wb = await workbook(await collect((await startExport(auditor, request({ kind: "organisations", format: "xlsx" }))).chunks));
    const sheet = wb.getWorksheet("Organizace")!;
    let found: unknown;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === name) found = r.getCell(9).value;
    });
    expect(found).toBe("'=HYPERLINK(\"http://x\")");
  });

  it("carries text with tabs, line breaks, backslashes, quotes and ; intact to CSV and XLSX", async () => {
    const name = unique("Zvláštní");
    const description = 'Řádek 1\r\nřádek 2\tsloupec; "uvozovky" a \\N zpětné \\lomítko\\';
    const created = await createOrganisation(coordinator, { name, kind: "ngo", scope: "global", description });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect((await addPeriod(coordinator, { organisationId: created.data.id, status: "full", validFrom: "2020-01-01" })).ok).toBe(true);
    const csv = (await collect((await startExport(auditor, request({ kind: "organisations" }))).chunks)).toString("utf8");
    const row = (parse(csv, { bom: true, delimiter: ";" }) as string[][]).find((r) => r[0] === name)!;
    const wb = await workbook(await collect((await startExport(auditor, request({ kind: "organisations", format: "xlsx" }))).chunks));
    let cell: unknown;
    wb.getWorksheet("Organizace")!.eachRow((r) => {
      if (r.getCell(1).value === name) cell = r.getCell(9).value;
    });
    // Stored as the form saved it; exported exactly as stored.
    const db = await getDb();
    const stored = (await db.execute<{ d: string }>(sql`select description as d from organisations where id = ${created.data.id}::uuid`)).rows[0]!.d;
    expect(stored).toContain("\\N");
    expect(row[8]).toBe(stored);
    // XML reads a CR LF in text as LF (XML 1.0, 2.11), and so do Excel and exceljs' reader.
    expect(cell).toBe(stored.replace(/\r\n/g, "\n"));
  });

  it("the record as of a date: cover sheet, one sheet per kind, the status of that day", async () => {
    const name = unique("Síť");
    const created = await createOrganisation(coordinator, { name, kind: "city_network", scope: "european" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const organisationId = created.data.id;
    expect((await addPeriod(coordinator, { organisationId, status: "observer", validFrom: "1993-01-01" })).ok).toBe(true);
    expect((await addPeriod(coordinator, { organisationId, status: "full", validFrom: "2004-05-01", closePrevious: "on" })).ok).toBe(true);

    const download = await startExport(auditor, request({ kind: "record", date: "2003-12-31" }));
    expect(download.filename).toBe("registr-k-2003-12-31.xlsx");
    const wb = await workbook(await collect(download.chunks));
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Úvod", "Organizace", "Období členství", "Poplatky", "Zastoupení", "Jednání a účast", "Hodnocení",
    ]);
    const cover = wb.getWorksheet("Úvod")!;
    const coverText = JSON.stringify(cover.getSheetValues());
    expect(coverText).toContain("31. 12. 2003");
    expect(coverText).toContain(auditor.email);

    const statusOf = (sheetName: string, when: string) => {
      let status: unknown;
      wb.getWorksheet(sheetName)!.eachRow((r) => {
        if (r.getCell(1).value === name) status = r.getCell(6).value;
      });
      return { when, status };
    };
    expect(statusOf("Organizace", "2003-12-31")).toEqual({ when: "2003-12-31", status: "Pozorovatel" });
    // Periods begun by the day: only the observer period.
    const periods: unknown[] = [];
    wb.getWorksheet("Období členství")!.eachRow((r) => {
      if (r.getCell(1).value === name) periods.push(r.getCell(2).value);
    });
    expect(periods).toEqual(["Pozorovatel"]);
  });

  it("as of a day lists what was true on it: an organisation joined later is absent with its fees, one left stays as a non-member; the file says so", async () => {
    const later = await createOrganisation(coordinator, { name: unique("Pozdější"), kind: "ngo", scope: "global" });
    const left = await createOrganisation(coordinator, { name: unique("Opuštěná"), kind: "ngo", scope: "global" });
    if (!later.ok || !left.ok) throw new Error("organisations not created");
    expect((await addPeriod(coordinator, { organisationId: later.data.id, status: "full", validFrom: "2010-01-01" })).ok).toBe(true);
    expect((await addPeriod(coordinator, { organisationId: left.data.id, status: "full", validFrom: "1995-01-01", validTo: "2000-12-31" })).ok).toBe(true);
    // A fee booked for 2003 on the organisation joined in 2010 (a data slip the rule must not show).
    expect((await createFee(coordinator, { organisationId: later.data.id, year: 2003, amount: "100.00", currency: "EUR", status: "planned" })).ok).toBe(true);

    const orgs = parse((await collect((await startExport(auditor, request({ kind: "organisations", date: "2003-12-31" }))).chunks)).toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
    const names = orgs.map((r) => r[0]);
    const db = await getDb();
    const laterName = (await db.execute<{ name: string }>(sql`select name from organisations where id = ${later.data.id}::uuid`)).rows[0]!.name;
    const leftName = (await db.execute<{ name: string }>(sql`select name from organisations where id = ${left.data.id}::uuid`)).rows[0]!.name;
    expect(names).not.toContain(laterName);
    expect(orgs.find((r) => r[0] === leftName)?.[5]).toBe("Členství ukončeno");

    const feeRows = parse((await collect((await startExport(auditor, request({ kind: "fees", date: "2003-12-31" }))).chunks)).toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
    expect(feeRows.map((r) => r[0])).not.toContain(laterName);
    // Joined by 2010: there it is, with its (odd) 2003 fee.
    const in2010 = parse((await collect((await startExport(auditor, request({ kind: "fees", date: "2010-06-30" }))).chunks)).toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
    expect(in2010.map((r) => r[0])).toContain(laterName);

    const download = await startExport(auditor, request({ kind: "fees", format: "xlsx", date: "2003-12-31", year: 2003 }));
    expect(download.filename).toBe("fees-k-2003-12-31-rok-2003.xlsx");
    const cover: string[] = [];
    (await workbook(await collect(download.chunks))).getWorksheet("Úvod")!.eachRow((row) => cover.push((row.values as unknown[]).slice(1).map(String).join(" | ")));
    expect(cover).toContain("K datu | 31. 12. 2003");
    expect(cover).toContain("Filtry | Rok: 2003");
    expect(cover.find((l) => l.startsWith("Pravidla |"))).toContain("vstoupilo až později");
  });

  it("holds only the chosen columns, in the kind's order", async () => {
    const csv = (await collect((await startExport(auditor, request({ kind: "fees", year: 2025, columns: ["amount", "organisation", "nonsense"] }))).chunks)).toString("utf8");
    expect((parse(csv, { bom: true, delimiter: ";" }) as string[][])[0]).toEqual(["Organizace", "Částka"]);
  });

  it("is itself an audit event", async () => {
    const db = await getDb();
    const actor = await makeActor("manager");
    await collect((await startExport(actor, request({ kind: "fees", year: 2025 }))).chunks);
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.actorId, actor.id), eq(auditEvents.entity, "export")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityId: "fees", action: "export", after: expect.objectContaining({ kind: "fees", format: "csv", year: 2025 }) });
  });

  it("refuses staff every export, and the audit log to roles without audit.read", async () => {
    const staff = await makeActor("staff");
    for (const kind of ["organisations", "periods", "fees", "representations", "meetings", "assessments", "audit", "record"] as const) {
      await expect(startExport(staff, request({ kind }))).rejects.toMatchObject({ code: "forbidden" });
    }
    const manager = await makeActor("manager");
    await expect(startExport(manager, request({ kind: "audit" }))).rejects.toMatchObject({ code: "forbidden" });
    await expect(startExport(null, request({ kind: "fees" }))).rejects.toMatchObject({ code: "unauthenticated" });
    const db = await getDb();
    const denied = await db.select().from(auditEvents).where(and(eq(auditEvents.actorId, staff.id), eq(auditEvents.action, "access_denied")));
    expect(denied).toHaveLength(8);
  });
});
