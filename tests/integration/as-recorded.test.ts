import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { fees, organisations } from "@/db/schema";
import { endOfPragueDay, organisationAsRecorded, organisationRecordedOn } from "@/lib/audit-log/as-recorded";
import { createFee, updateFee } from "@/lib/fees/commands";
import { addPeriod, createOrganisation, updateOrganisation } from "@/lib/organisations/commands";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation, unique } from "../helpers/factories";

let coordinator: Actor;
let auditor: Actor;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
  auditor = await makeActor("auditor");
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));
const json = (row: object) => JSON.parse(JSON.stringify(row)) as Record<string, unknown>;

describe("the record as recorded at a moment (transaction time)", () => {
  it("replays day 1 and day 2 exactly: a fee's amount and an organisation's name corrected on day 2", async () => {
    const db = await getDb();
    const name1 = unique("Síť původní");
    const created = await createOrganisation(coordinator, { name: name1, kind: "city_network", scope: "european" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    expect((await addPeriod(coordinator, { organisationId: id, status: "full", validFrom: "2020-01-01" })).ok).toBe(true);
    const fee = await createFee(coordinator, { organisationId: id, year: 2026, amount: "15600.00", currency: "EUR", status: "planned" });
    if (!fee.ok) throw new Error(JSON.stringify(fee));
    await tick();
    const day1 = new Date();
    const orgDay1 = json((await db.select().from(organisations).where(eq(organisations.id, id)))[0]!);
    const feeDay1 = json((await db.select().from(fees).where(eq(fees.id, fee.data.id)))[0]!);
    await tick();

    const name2 = unique("Síť opravená");
    expect((await updateOrganisation(coordinator, { id, version: 1, name: name2, kind: "city_network", scope: "european" })).ok).toBe(true);
    expect((await updateFee(coordinator, { id: fee.data.id, version: 1, year: 2026, amount: "15900.00", currency: "EUR", status: "planned" })).ok).toBe(true);
    await tick();
    const day2 = new Date();
    const orgDay2 = json((await db.select().from(organisations).where(eq(organisations.id, id)))[0]!);
    const feeDay2 = json((await db.select().from(fees).where(eq(fees.id, fee.data.id)))[0]!);

    const atDay1 = await organisationAsRecorded(db, id, day1);
    expect(atDay1.organisation).toEqual({ id, row: orgDay1, predatesTrail: false });
    expect(atDay1.fees).toEqual([{ id: fee.data.id, row: feeDay1, predatesTrail: false }]);
    expect(atDay1.periods).toHaveLength(1);
    expect(atDay1.organisation!.row.name).toBe(name1);
    expect(atDay1.fees[0]!.row.amount).toBe("15600.00");

    const atDay2 = await organisationAsRecorded(db, id, day2);
    expect(atDay2.organisation).toEqual({ id, row: orgDay2, predatesTrail: false });
    expect(atDay2.fees).toEqual([{ id: fee.data.id, row: feeDay2, predatesTrail: false }]);
    expect(atDay2.organisation!.row.name).toBe(name2);
    expect(atDay2.fees[0]!.row.amount).toBe("15900.00");

    // Before its creation, nothing was recorded.
    const before = await organisationAsRecorded(db, id, new Date(day1.getTime() - 60 * 60 * 1000));
    expect(before).toMatchObject({ organisation: null, periods: [], fees: [] });
  });

  it("says where a row predates the trail, and the end of a Prague day is its last moment", async () => {
    const db = await getDb();
    const org = await makeOrganisation(); // inserted directly: no audit event, like the seed
    const recorded = await organisationAsRecorded(db, org.id, new Date());
    expect(recorded.organisation).toMatchObject({ id: org.id, predatesTrail: true });
    expect((await endOfPragueDay(db, "2026-07-01")).toISOString()).toBe("2026-07-01T21:59:59.999Z");
    expect((await endOfPragueDay(db, "2026-12-31")).toISOString()).toBe("2026-12-31T22:59:59.999Z");
    await expect(organisationRecordedOn(coordinator, { organisationId: org.id, day: "2026-01-01" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await organisationRecordedOn(auditor, { organisationId: org.id, day: "2026-01-01" })).organisation).not.toBeNull();
  });
});
