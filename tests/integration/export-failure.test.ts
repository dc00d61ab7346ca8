import ExcelJS from "exceljs";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db } from "@/db/client";
import { getDb } from "@/lib/db/connection";
import { auditEvents, membershipPeriods } from "@/db/schema";
import { CSV_INCOMPLETE_MARKER, startExport, type ExportRequest } from "@/lib/exports/service";
import { makeActor, makeOrganisation, unique } from "../helpers/factories";

/**
 * An export whose reading fails mid-way must not look complete: the CSV ends with a line saying
 * so, the XLSX is no valid workbook, and the audit log records the failure next to the export.
 */
const YEAR = 2177;
const request = (r: Partial<ExportRequest> & Pick<ExportRequest, "kind">): ExportRequest => ({ format: "csv", style: "cs", columns: [], ...r });

/** 120 meetings × 150 people in YEAR: 18 000 attendance rows of ~1 kB, far more than one batch or a socket's buffers hold. */
beforeAll(async () => {
  const db = await getDb();
  const org = await makeOrganisation();
  // A member since before YEAR: an export as of a day lists only what the city was a member of then.
  await db.insert(membershipPeriods).values({ organisationId: org.id, status: "full", validFrom: "2000-01-01" });
  const tag = unique("cut");
  await db.execute(sql`insert into people (first_name, last_name)
    select 'Účastník', ${tag} || '-' || lpad(g::text, 4, '0') from generate_series(1, 150) g`);
  await db.execute(sql`insert into meetings (organisation_id, kind, title, starts_on, ends_on, city, country)
    select ${org.id}::uuid, 'forum_meeting', 'Zasedání č. ' || g || repeat(' s dlouhým názvem', 60), (${`${YEAR}-01-01`}::date + g), (${`${YEAR}-01-01`}::date + g), 'Brno', 'CZ'
    from generate_series(1, 120) g`);
  await db.execute(sql`insert into attendance (meeting_id, person_id, status)
    select m.id, p.id, 'attended' from meetings m cross join people p
    where m.organisation_id = ${org.id}::uuid and p.last_name like ${`${tag}-%`}`);
}, 300_000);

const isPg = (db: Db) => "totalCount" in ((db as unknown as { $client: object }).$client ?? {});

/**
 * Breaks the running export from outside, as a database failure would: on Postgres its session is
 * terminated (pg_terminate_backend, what a crash or failover does to it); on the embedded database,
 * which reads page by page, the table the next page needs goes away until `restore`.
 */
async function breakTheExport(db: Db): Promise<() => Promise<void>> {
  if (isPg(db)) {
    const killed = await db.execute<{ n: number }>(sql`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and query ilike 'copy%' and state in ('active', 'idle in transaction')`);
    expect(killed.rows[0]!.n).toBe(1);
    return async () => {};
  }
  await db.execute(sql`alter table attendance rename to attendance_away`);
  return async () => {
    await db.execute(sql`alter table attendance_away rename to attendance`);
  };
}

async function readBrokenMidway(download: { chunks: AsyncGenerator<string | Buffer> }, db: Db) {
  const parts: Buffer[] = [];
  let restore: (() => Promise<void>) | undefined;
  let error: unknown;
  try {
    for await (const c of download.chunks) {
      parts.push(typeof c === "string" ? Buffer.from(c) : c);
      // After the first chunk of rows (a CSV's header comes before any row is read).
      if (parts.length === 2) restore = await breakTheExport(db);
    }
  } catch (e) {
    error = e;
  } finally {
    await restore?.();
  }
  return { bytes: Buffer.concat(parts), error };
}

describe("an export that fails mid-way", () => {
  it("CSV: ends with a line that says it is incomplete, and the failure is audited", async () => {
    const db = await getDb();
    const actor = await makeActor("auditor");
    const download = await startExport(actor, request({ kind: "meetings", year: YEAR, date: `${YEAR}-12-31` }), { batchSize: 100 });
    const { bytes, error } = await readBrokenMidway(download, db);
    expect(error).toBeUndefined(); // the response ends normally, so the last line surely arrives
    const text = bytes.toString("utf8");
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThan(18_000);
    expect(text.endsWith(CSV_INCOMPLETE_MARKER)).toBe(true);
    expect(CSV_INCOMPLETE_MARKER).toMatch(/^# EXPORT NEÚPLNÝ/);

    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.actorId, actor.id), eq(auditEvents.entity, "export")));
    expect(events.map((e) => e.action).sort()).toEqual(["export", "export_failed"]);
    expect(events.find((e) => e.action === "export_failed")).toMatchObject({
      entityId: "meetings",
      after: { kind: "meetings", format: "csv" },
      note: expect.stringMatching(/^Export přerušen chybou při čtení dat.*soubor je neúplný\.$/),
    });
  }, 120_000);

  it("XLSX: the download is aborted and what arrived is no workbook; the failure is audited", async () => {
    const db = await getDb();
    const actor = await makeActor("auditor");
    const download = await startExport(actor, request({ kind: "meetings", format: "xlsx", year: YEAR, date: `${YEAR}-12-31` }), {
      batchSize: 100,
    });
    const { bytes, error } = await readBrokenMidway(download, db);
    expect(error).toBeInstanceOf(Error);
    expect(bytes.length).toBeGreaterThan(0);
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow();

    const failed = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, actor.id), eq(auditEvents.action, "export_failed")));
    expect(failed).toHaveLength(1);
    expect(failed[0]!.after).toMatchObject({ format: "xlsx" });
  }, 120_000);
});
