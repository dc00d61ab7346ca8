import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { representations } from "@/db/schema";
import { getDashboard } from "@/lib/dashboard/queries";
import { figureLinks } from "@/lib/dashboard/links";
import { feeFilterSchema, feeListYear, getFeesOverview } from "@/lib/fees/queries";
import { listMeetings, meetingParamsSchema } from "@/lib/meetings/queries";
import type { Actor } from "@/lib/permissions";
import { getRepresentationMatrix, matrixParamsSchema } from "@/lib/representation/queries";
import { listRepresentationWarnings } from "@/lib/representation/warnings";
import { makeActor } from "../helpers/factories";
import { attend, body, fee, meeting, membership, person, seat } from "../helpers/dashboard-fixtures";

/**
 * Every linked figure of the dashboard, followed the way a reader follows it: the link's query
 * string is parsed by the list's own URL schema and run through the list's own query, whose
 * total must equal the figure. "Today" is 2 July 2026 (a meeting later in the year is not held).
 */
const TODAY = "2026-07-02";
let reader: Actor;
const ids: Record<string, string> = {};

const query = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

beforeAll(async () => {
  reader = await makeActor("auditor");
  const p1 = await person();
  const p2 = await person();

  // A: paid, planned and waived fees; meetings before and after today; a filled and an empty forum.
  const a = await membership({});
  ids.a = a.id;
  await fee(a.id, 2026, "paid", "800000.00");
  await fee(a.id, 2026, "paid", "1234.50");
  await fee(a.id, 2026, "planned", "5000.00");
  await fee(a.id, 2026, "waived", null);
  await fee(a.id, 2025, "paid", "7.00");
  const m1 = await meeting(a.id, "2026-02-01");
  await attend(m1.id, p1.id, "attended", "100.00");
  const m2 = await meeting(a.id, "2026-06-30");
  await attend(m2.id, p2.id, "excused");
  await meeting(a.id, "2026-09-01");
  await meeting(a.id, "2025-12-31");
  await seat(a.id, p1.id);
  const forum = await body(a.id);
  await seat(a.id, p2.id, forum.id);
  await body(a.id);

  // B: the primary contact left in May; a deputy for them remains. The seat is vacant.
  const b = await membership({});
  ids.b = b.id;
  const db = await getDb();
  const [contact] = await db
    .insert(representations)
    .values({ organisationId: b.id, personId: p1.id, role: "primary_contact", validFrom: "2020-01-01", validTo: "2026-05-31" })
    .returning();
  await db.insert(representations).values({
    organisationId: b.id,
    personId: p2.id,
    role: "deputy",
    deputyForId: contact!.id,
    validFrom: "2020-01-01",
  });
  await fee(b.id, 2026, "invoiced", "9.00");

  // C: held via the state: the state holds the seats, so none is vacant.
  ids.c = (await membership({ status: "via_state" })).id;
});

describe("every linked dashboard figure opens the records that add up to it", () => {
  it("fees paid, meetings attended of held and vacancies equal their lists' totals, for every row", async () => {
    const dashboard = await getDashboard(reader, { year: 2026, today: TODAY });
    expect(dashboard.rows.length).toBeGreaterThanOrEqual(3);
    for (const row of dashboard.rows) {
      const links = figureLinks(row.id, dashboard.window);

      const f = query(links.fees);
      const fees = await getFeesOverview(reader, { year: feeListYear(f.year), ...feeFilterSchema.parse(f), today: TODAY });
      // Both are exact numeric text from Postgres; compared as decimals ("0" against "0.00").
      expect(Number(fees.paidCzk), `fees of ${row.name}`).toBe(Number(row.feesPaid));
      expect(fees.rows.every((r) => r.organisationId === row.id && r.status === "paid" && r.year === 2026)).toBe(true);

      const meetings = await listMeetings(reader, meetingParamsSchema.parse(query(links.meetings)));
      expect(meetings.total, `meetings held by ${row.name}`).toBe(row.held);
      expect(meetings.attended, `meetings attended by ${row.name}`).toBe(row.attended);

      const m = matrixParamsSchema.parse(query(links.vacancies));
      const matrix = await getRepresentationMatrix(reader, { ...m, all: m.all === "1" });
      expect(matrix.vacancies, `vacancies of ${row.name}`).toBe(row.vacancies);
    }
  });

  it("the fixture's figures are the hand-computed ones (so the walk compares something)", async () => {
    const dashboard = await getDashboard(reader, { year: 2026, today: TODAY });
    const row = (k: string) => dashboard.rows.find((r) => r.id === ids[k]);
    expect(row("a")).toMatchObject({ feesPaid: "801234.50", held: 2, attended: 1, vacancies: 1 });
    expect(row("b")).toMatchObject({ feesPaid: "0", held: 0, attended: 0, vacancies: 1 });
    expect(row("c")).toMatchObject({ vacancies: 0 });
    const fees = await getFeesOverview(reader, { year: 2026, organisation: ids.a, status: "paid", today: TODAY });
    expect(fees.total).toBe(2);
  });
});

describe("one definition of vacancy", () => {
  it("a deputy does not fill the primary contact's seat: the matrix, the home warnings and the dashboard agree", async () => {
    const dashboard = await getDashboard(reader, { year: 2026, today: TODAY });
    expect(dashboard.rows.find((r) => r.id === ids.b)?.vacancies).toBe(1);

    const matrix = await getRepresentationMatrix(reader, { organisation: ids.b, asOf: TODAY });
    const orgRow = matrix.rows.find((r) => r.bodyId === null);
    expect(orgRow?.vacant).toBe(true);
    expect(orgRow?.cells.deputy).toHaveLength(1);

    const warnings = await listRepresentationWarnings(reader, { limit: 1000, today: TODAY });
    expect(warnings.vacancies.rows.filter((v) => v.organisationId === ids.b)).toEqual([
      expect.objectContaining({ bodyId: null, seat: "primary_contact", vacantSince: "2026-06-01" }),
    ]);
    expect(warnings.vacancies.rows.filter((v) => v.organisationId === ids.c)).toEqual([]);
    expect(warnings.vacancies.rows.filter((v) => v.organisationId === ids.a)).toHaveLength(1);
  });
});
