import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db } from "@/db/client";
import { getDb } from "@/lib/db/connection";
import { auditEvents, fees, membershipPeriods, noticeRules, notifications, organisations, reminderPreferences, users } from "@/db/schema";
import { addDays } from "@/lib/dates";
import { setReminderPreferences, unsubscribeReminders } from "@/lib/reminders/commands";
import { decideReminders, deliverNotification } from "@/lib/reminders/service";
import { outboxTransport, smtpTransport } from "@/lib/reminders/transport";
import { unsubscribeToken, verifyUnsubscribeToken } from "@/lib/reminders/unsubscribe-token";
import { startReminderWorker } from "@/lib/reminders/worker";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation, unique } from "../helpers/factories";
import { withFreshDb } from "../helpers/fresh-db";
import { startSmtpSink } from "../helpers/smtp-sink";

/** Prague morning of a calendar day: the reminder clock the tests move. */
const at = (day: string) => new Date(`${day}T08:00:00+01:00`);

let db: Db;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  db = await getDb();
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp.close();
});

/** An organisation the city is a full member of, with an EUR fee due on `dueOn`. */
async function memberWithFee(dueOn: string, noticePeriodMonths: number | null = null) {
  const org = await makeOrganisation();
  if (noticePeriodMonths !== null) {
    await db.insert(noticeRules).values({ organisationId: org.id, kind: "calendar_year_end", months: noticePeriodMonths });
  }
  await db.insert(membershipPeriods).values({ organisationId: org.id, status: "full", validFrom: "2000-01-01" });
  const [fee] = await db
    .insert(fees)
    .values({ organisationId: org.id, year: Number(dueOn.slice(0, 4)), amount: "12500.00", currency: "EUR", dueOn, status: "invoiced" })
    .returning();
  return { org, fee: fee! };
}

/**
 * A registry of its own for the worker tests: only these coordinators and this fee, so the
 * queue carries this test's mail and nothing that other files left in the shared database.
 */
async function ownRegistry(fresh: Db, dueOn: string, coordinatorCount: number) {
  const coordinators = await fresh
    .insert(users)
    .values(Array.from({ length: coordinatorCount }, () => ({ email: `${unique("coord")}@test.example`, name: "Test coordinator", role: "coordinator" as const })))
    .returning();
  const [org] = await fresh.insert(organisations).values({ name: unique("Test Organisation"), kind: "city_network", scope: "european" }).returning();
  await fresh.insert(membershipPeriods).values({ organisationId: org!.id, status: "full", validFrom: "2000-01-01" });
  const [fee] = await fresh
    .insert(fees)
    .values({ organisationId: org!.id, year: Number(dueOn.slice(0, 4)), amount: "12500.00", currency: "EUR", dueOn, status: "invoiced" })
    .returning();
  return { coordinators, fee: fee! };
}

async function leadsOn(userId: string, recordId: string) {
  const rows = await db
    .select({ lead: notifications.leadDays })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.recordId, recordId)))
    .orderBy(notifications.createdAt);
  return rows.map((r) => r.lead);
}

describe("the reminder clock", () => {
  it("alerts a fee's coordinators 30, 7 and 1 day before it falls due and once when overdue, each once", async () => {
    const coordinator = await makeActor("coordinator");
    const { fee } = await memberWithFee("2031-03-15");
    const decided: Record<string, (number | null)[]> = {};
    let before = 0;
    for (let d = -35; d <= 3; d++) {
      const day = addDays("2031-03-15", d);
      await decideReminders(db, at(day));
      // A second pass the same day (another instance, a restart) decides nothing new.
      await decideReminders(db, at(day));
      const leads = await leadsOn(coordinator.id, fee.id);
      if (leads.length > before) decided[day] = leads.slice(before);
      before = leads.length;
    }
    expect(decided).toEqual({ "2031-02-13": [30], "2031-03-08": [7], "2031-03-14": [1], "2031-03-16": [0] });
  });

  it("alerts managers 30, 7 and 1 day before the last day to give notice (6 months before the year's end)", async () => {
    const manager = await makeActor("manager");
    const { org } = await memberWithFee("2100-01-01", 6);
    const seen = new Map<number, string>();
    for (let d = -40; d <= 1; d++) {
      const day = addDays("2032-06-30", d);
      await decideReminders(db, at(day));
      for (const lead of await leadsOn(manager.id, org.id)) if (lead !== null && !seen.has(lead)) seen.set(lead, day);
    }
    expect(Object.fromEntries(seen)).toEqual({ 30: "2032-05-31", 7: "2032-06-23", 1: "2032-06-29" });
  });

  it("sends nothing of a kind set to 'not at all', immediately or in the digest", async () => {
    const coordinator = await makeActor("coordinator");
    const off = await setReminderPreferences(coordinator, { fee_due: "off", vacant_seat: "off", mandate_ending: "off" });
    expect(off.ok).toBe(true);
    const { fee } = await memberWithFee("2033-05-10");
    for (const day of ["2033-04-10", "2033-05-03", "2033-05-09", "2033-05-11"]) await decideReminders(db, at(day));
    expect(await leadsOn(coordinator.id, fee.id)).toEqual([]);
  });
});

describe("delivery", () => {
  it("mails the alert through SMTP in Czech, with links to the record and to unsubscribe", async () => {
    const coordinator = await makeActor("coordinator");
    const { fee } = await memberWithFee("2034-09-30");
    const ids = await decideReminders(db, at("2034-09-23"));
    const mine = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(inArray(notifications.id, ids), eq(notifications.userId, coordinator.id), eq(notifications.recordId, fee.id)));
    expect(mine).toHaveLength(1);
    const transport = smtpTransport(smtp.url, "Registr <registr@test.example>");
    await deliverNotification(db, mine[0]!.id, transport, at("2034-09-23"));
    const mail = smtp.received.find((m) => m.text?.includes(fee.id));
    expect(mail?.to && "text" in mail.to ? mail.to.text : "").toBe(coordinator.email);
    expect(mail?.subject).toMatch(/^Registr členství: Splatnost poplatku – .+ 2034 \(EUR\)$/);
    expect(mail?.text).toContain("je splatný 30. 9. 2034 (za 7 dní)");
    expect(mail?.text).toContain(`/fees/${fee.id}`);
    expect(mail?.text).toMatch(/\/unsubscribe\?token=/);
    expect(mail?.html).toContain(`href="http`);
    // Sent once: a second delivery of the same job does nothing.
    expect(await deliverNotification(db, mine[0]!.id, transport)).toBe("skipped");
    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.entity, "notification"), eq(auditEvents.entityId, mine[0]!.id)));
    expect(audit?.action).toBe("sent");
    expect(JSON.stringify(audit?.after)).not.toContain("Dobrý den");
  });

  it("two workers deciding at once send exactly one alert per deadline and lead time", async () => {
    await withFreshDb(async (fresh) => {
      const { coordinators, fee } = await ownRegistry(fresh, "2035-11-20", 2);
      const transport = smtpTransport(smtp.url, "Registr <registr@test.example>");
      const options = { transport, now: () => at("2035-11-13"), pollingIntervalSeconds: 0.5, retryDelaySeconds: 1, cron: "0 0 1 1 *" };
      const [a, b] = await Promise.all([startReminderWorker(fresh, options), startReminderWorker(fresh, options)]);
      try {
        await Promise.all([a.decideNow(), b.decideNow(), a.decideNow()]);
        const expected = coordinators.map((c) => c.email).sort();
        // The alerts, not the Monday digest that lists the same fee.
        const alerts = () => smtp.received.filter((m) => m.text?.includes(`/fees/${fee.id}`) && !m.subject?.includes("týdenní přehled"));
        await expect.poll(() => alerts().length, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(2);
        await new Promise((r) => setTimeout(r, 1500)); // a duplicate, if any, would arrive by now
        const got = alerts()
          .map((m) => (m.to && "text" in m.to ? m.to.text : ""))
          .sort();
        expect(got).toEqual(expected);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    });
  }, 90_000);

  it("retries a delivery the SMTP server refuses, with back-off, then shows it as failed", async () => {
    await withFreshDb(async (fresh) => {
      const { coordinators, fee } = await ownRegistry(fresh, "2036-04-30", 1);
      smtp.refuseNext(1_000);
      const worker = await startReminderWorker(fresh, {
        transport: smtpTransport(smtp.url, "Registr <registr@test.example>"),
        now: () => at("2036-04-29"),
        pollingIntervalSeconds: 0.5,
        retryLimit: 1,
        retryDelaySeconds: 1,
        cron: "0 0 1 1 *",
      });
      try {
        await worker.decideNow();
        const mine = () =>
          fresh.select().from(notifications).where(and(eq(notifications.userId, coordinators[0]!.id), eq(notifications.recordId, fee.id)));
        await expect.poll(async () => (await mine())[0]?.status, { timeout: 80_000, interval: 500 }).toBe("failed");
        const [row] = await mine();
        expect(row?.attempts).toBe(2);
        expect(row?.lastError).toContain("451");
        const events = await fresh.select().from(auditEvents).where(and(eq(auditEvents.entity, "notification"), eq(auditEvents.entityId, row!.id)));
        expect(events.map((e) => e.action)).toEqual(["failed"]);
      } finally {
        smtp.refuseNext(0);
        await worker.stop();
      }
    });
  }, 120_000);

  it("keeps mail in the outbox when no SMTP server is configured, digest included", async () => {
    const manager = await makeActor("manager");
    const ids = await decideReminders(db, new Date("2037-01-12T09:00:00+01:00")); // a Monday
    const [digest] = await db
      .select()
      .from(notifications)
      .where(and(inArray(notifications.id, ids), eq(notifications.userId, manager.id), eq(notifications.kind, "digest")));
    expect(digest?.deadline).toBe("2037-01-12");
    await deliverNotification(db, digest!.id, outboxTransport, new Date("2037-01-12T09:00:00+01:00"));
    const { mailOutbox } = await import("@/db/schema");
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.notificationId, digest!.id));
    expect(mail?.to).toBe(manager.email);
    expect(mail?.subject).toBe("Registr členství: týdenní přehled k 12. 1. 2037");
    expect(mail?.text).toContain("Chybějící roční hodnocení");
  });
});

describe("unsubscribe", () => {
  let staff: Actor;
  beforeAll(async () => {
    staff = await makeActor("staff");
  });

  it("works signed out with the signed link and switches that kind off", async () => {
    const token = unsubscribeToken(staff.id, "trip_report_missing");
    const claim = verifyUnsubscribeToken(token);
    expect(claim).toEqual({ userId: staff.id, kind: "trip_report_missing" });
    const result = await unsubscribeReminders(staff, { kind: claim!.kind });
    expect(result.ok).toBe(true);
    const [pref] = await db
      .select()
      .from(reminderPreferences)
      .where(and(eq(reminderPreferences.userId, staff.id), eq(reminderPreferences.kind, "trip_report_missing")));
    expect(pref?.mode).toBe("off");
  });

  it("refuses a tampered or foreign token", () => {
    const token = unsubscribeToken(staff.id, "trip_report_missing");
    expect(verifyUnsubscribeToken(token.replace("trip_report_missing", "fee_due"))).toBeNull();
    expect(verifyUnsubscribeToken(`${token.slice(0, -2)}xx`)).toBeNull();
    expect(verifyUnsubscribeToken(token.replace(staff.id, "00000000-0000-4000-8000-000000000000"))).toBeNull();
    expect(verifyUnsubscribeToken("")).toBeNull();
  });
});
