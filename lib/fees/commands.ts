import { and, asc, count, eq, ne } from "drizzle-orm";
import { fees, organisations, planningRates } from "@/db/schema";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { DomainError, fieldError, staleError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import {
  createFeeSchema,
  PAID_DATE_BEFORE_INVOICE,
  PAID_NEEDS_DATE,
  planNextYearSchema,
  planningRateSchema,
  removePlanningRateSchema,
  updateFeeSchema,
} from "./schemas";
import { isForwardMove, sameDayNextYear } from "./status";

/** The database's own checks, mapped to the field a person can fix. */
const FEE_CONSTRAINTS = {
  fees_paid_after_invoice_check: { field: "paidOn", message: PAID_DATE_BEFORE_INVOICE },
  fees_paid_check: { field: "paidOn", message: PAID_NEEDS_DATE },
  fees_amount_check: { field: "amount", message: "Částka nesmí být záporná." },
  fees_amount_czk_check: { field: "amountCzk", message: "Částka nesmí být záporná." },
  fees_currency_check: { field: "currency", message: "Zadejte třípísmenný kód měny, např. EUR." },
  fees_year_check: { field: "year", message: "Rok musí být mezi 1900 a 2200." },
  fees_organisation_id_organisations_id_fk: { field: "organisationId", message: "Vyberte organizaci ze seznamu." },
};

export const CORRECTION_NOTE_REQUIRED =
  "Stav se vrací zpět (oprava). Uveďte prosím do poznámky k opravě, proč; zůstane v auditním záznamu.";

export const createFee = defineMutation({
  name: "fees.create",
  permission: "registry.write",
  schema: createFeeSchema,
  constraints: FEE_CONSTRAINTS,
  run: async ({ tx, audit }, input) => {
    const [organisation] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    if (!organisation) throw fieldError("organisationId", "Vyberte organizaci ze seznamu.");
    const [row] = await tx.insert(fees).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "fee", entityId: row.id, action: "create", after: row });
    return { id: row.id, organisationId: row.organisationId, year: row.year };
  },
});

export const updateFee = defineMutation({
  name: "fees.update",
  permission: "registry.write",
  schema: updateFeeSchema,
  constraints: FEE_CONSTRAINTS,
  run: async ({ tx, audit }, { id, version, correctionNote, ...values }) => {
    const before = await lockForUpdate(tx, fees, id, version);
    const correction = !isForwardMove(before.status, values.status);
    if (correction && !correctionNote) throw fieldError("correctionNote", CORRECTION_NOTE_REQUIRED);
    const [after] = await tx
      .update(fees)
      .set({ ...values, ...nextVersion(fees) })
      .where(eq(fees.id, id))
      .returning();
    await audit({
      entity: "fee",
      entityId: id,
      action: correction ? "correct_status" : before.status !== values.status ? `status_${values.status}` : "update",
      before,
      after,
      note: correction ? correctionNote : null,
    });
    return { id, organisationId: before.organisationId, year: values.year };
  },
});

/**
 * Next year's plan: every fee of `year` that was not waived, copied to `year + 1` as planned (same
 * amount, currency and budget item; due date a year later; invoice, payment and CZK left empty).
 * Refused when `year + 1` has any fee already, so a plan is never made twice.
 */
export const planNextYear = defineMutation({
  name: "fees.planNextYear",
  permission: "registry.write",
  schema: planNextYearSchema,
  constraints: FEE_CONSTRAINTS,
  run: async ({ tx, audit }, { year }) => {
    const target = year + 1;
    if (target > 2200) throw fieldError("year", "Rok musí být mezi 1900 a 2200.");
    // Locking the source rows serialises two plans of the same year: the second waits, then
    // sees the first one's fees below and is refused.
    const source = await tx
      .select()
      .from(fees)
      .where(and(eq(fees.year, year), ne(fees.status, "waived")))
      .orderBy(asc(fees.createdAt))
      .for("update");
    const [existing] = await tx.select({ n: count() }).from(fees).where(eq(fees.year, target));
    if (existing && existing.n > 0) {
      throw fieldError("year", `Plán na rok ${target} už existuje (${existing.n} ${existing.n === 1 ? "poplatek" : existing.n < 5 ? "poplatky" : "poplatků"}). Druhý plán se nevytváří; upravte stávající poplatky.`);
    }
    if (source.length === 0) throw fieldError("year", `V roce ${year} nejsou žádné poplatky, z nichž by šel plán sestavit.`);

    // One insert and one audit event per fee, each naming the fee it was copied from.
    for (const f of source) {
      const [row] = await tx
        .insert(fees)
        .values({
          organisationId: f.organisationId,
          year: target,
          amount: f.amount,
          currency: f.currency,
          dueOn: f.dueOn ? sameDayNextYear(f.dueOn) : null,
          budgetItem: f.budgetItem,
          status: "planned",
          note: f.note,
          demo: f.demo,
        })
        .returning();
      if (!row) throw new Error("insert returned nothing");
      await audit({ entity: "fee", entityId: row.id, action: "plan", after: row, note: `Plán na rok ${target} z poplatku ${f.id} (rok ${year}).` });
    }
    return { year: target, created: source.length };
  },
});

const PLANNING_RATE_CONSTRAINTS = {
  planning_rates_year_currency_key: {
    field: "currency",
    message: "Plánovací kurz této měny pro tento rok mezitím nastavil někdo jiný. Načtěte stránku znovu.",
  },
  planning_rates_currency_check: { field: "currency", message: "Koruna kurz nepotřebuje; zvolte cizí měnu, např. EUR." },
  planning_rates_rate_check: { field: "rate", message: "Kurz musí být větší než nula." },
  planning_rates_units_check: { field: "units", message: "Množství musí být alespoň 1." },
  planning_rates_year_check: { field: "year", message: "Rok musí být mezi 1900 a 2200." },
};

/**
 * Sets the planning rate of one currency for one plan year (e.g. the ministry's budget rate);
 * the plan then converts that currency's fees at it instead of the latest ČNB fixing (view
 * fee_plan_czk). A change quotes the version it was loaded with; a first one quotes none and is
 * refused if someone set one meanwhile. Who set it is kept with the rate and in the audit event.
 */
export const setPlanningRate = defineMutation({
  name: "fees.setPlanningRate",
  permission: "registry.write",
  schema: planningRateSchema,
  constraints: PLANNING_RATE_CONSTRAINTS,
  run: async ({ tx, actor, audit }, { version, ...values }) => {
    const [existing] = await tx
      .select({ id: planningRates.id })
      .from(planningRates)
      .where(and(eq(planningRates.year, values.year), eq(planningRates.currency, values.currency)));
    if (!existing) {
      if (version !== null) throw staleError();
      const [row] = await tx.insert(planningRates).values({ ...values, setById: actor.id }).returning();
      if (!row) throw new DomainError("conflict", "Plánovací kurz se nepodařilo uložit.");
      await audit({ entity: "planning_rate", entityId: row.id, action: "create", after: row });
      return { year: row.year, currency: row.currency };
    }
    if (version === null) throw staleError();
    const before = await lockForUpdate(tx, planningRates, existing.id, version);
    const [after] = await tx
      .update(planningRates)
      .set({ ...values, setById: actor.id, ...nextVersion(planningRates) })
      .where(eq(planningRates.id, existing.id))
      .returning();
    await audit({ entity: "planning_rate", entityId: existing.id, action: "update", before, after });
    return { year: values.year, currency: values.currency };
  },
});

/** Drops a planning rate: the plan goes back to the latest ČNB fixing for that currency. */
export const removePlanningRate = defineMutation({
  name: "fees.removePlanningRate",
  permission: "registry.write",
  schema: removePlanningRateSchema,
  run: async ({ tx, audit }, { id, version }) => {
    const before = await lockForUpdate(tx, planningRates, id, version);
    await tx.delete(planningRates).where(eq(planningRates.id, id));
    await audit({ entity: "planning_rate", entityId: id, action: "delete", before });
    return { year: before.year, currency: before.currency };
  },
});
