import { and, eq, isNull, lt, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { bodies, membershipPeriods, organisations } from "@/db/schema";
import { addDays, type IsoDate } from "@/lib/dates";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { DomainError, MESSAGES, fieldError, notFoundError } from "@/lib/errors";
import { formatDate as formatDateCs } from "@/lib/i18n/format";
import { endDateProblem, NO_OPEN_PERIOD } from "./end-membership";
import { MEMBERSHIP_STATUS_CS } from "./labels";
import { defineMutation } from "@/lib/mutation";
import {
  addPeriodSchema,
  createBodySchema,
  createOrganisationSchema,
  endMembershipSchema,
  updateBodySchema,
  updateOrganisationSchema,
  updatePeriodSchema,
} from "./schemas";

const ORGANISATION_CONSTRAINTS = {
  organisations_name_key: { field: "name", message: "Organizace s tímto názvem už v registru je." },
};
const BODY_CONSTRAINTS = {
  bodies_organisation_name_key: { field: "name", message: "Orgán s tímto názvem už tato organizace má." },
};
const PERIOD_CONSTRAINTS = {
  membership_periods_no_overlap: {
    field: "validFrom",
    message: "Období se překrývá s jiným obdobím členství této organizace.",
  },
  membership_periods_range_check: { field: "validTo", message: "Konec nesmí předcházet začátku." },
};

export const createOrganisation = defineMutation({
  name: "organisations.create",
  permission: "registry.write",
  schema: createOrganisationSchema,
  constraints: ORGANISATION_CONSTRAINTS,
  run: async ({ tx, audit }, input) => {
    const [row] = await tx.insert(organisations).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "organisation", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
});

export const updateOrganisation = defineMutation({
  name: "organisations.update",
  permission: "registry.write",
  schema: updateOrganisationSchema,
  constraints: ORGANISATION_CONSTRAINTS,
  run: async ({ tx, audit }, { id, version, ...values }) => {
    const before = await lockForUpdate(tx, organisations, id, version);
    const [after] = await tx
      .update(organisations)
      .set({ ...values, ...nextVersion(organisations) })
      .where(eq(organisations.id, id))
      .returning();
    await audit({ entity: "organisation", entityId: id, action: "update", before, after });
    return { id };
  },
});

export const createBody = defineMutation({
  name: "bodies.create",
  permission: "registry.write",
  schema: createBodySchema,
  constraints: BODY_CONSTRAINTS,
  run: async ({ tx, audit }, input) => {
    await lockOrganisation(tx, input.organisationId);
    const [row] = await tx.insert(bodies).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "body", entityId: row.id, action: "create", after: row });
    return { id: row.id, organisationId: row.organisationId };
  },
});

export const updateBody = defineMutation({
  name: "bodies.update",
  permission: "registry.write",
  schema: updateBodySchema,
  constraints: BODY_CONSTRAINTS,
  run: async ({ tx, audit }, { id, version, ...values }) => {
    const before = await lockForUpdate(tx, bodies, id, version);
    const [after] = await tx
      .update(bodies)
      .set({ ...values, ...nextVersion(bodies) })
      .where(eq(bodies.id, id))
      .returning();
    await audit({ entity: "body", entityId: id, action: "update", before, after });
    return { id, organisationId: before.organisationId };
  },
});

/**
 * Serialises every change to one organisation's periods: the overlap check below and the insert
 * or update after it cannot interleave with another transaction's (the exclusion constraint would
 * still refuse, but with a message that cannot name the colliding period).
 */
async function lockOrganisation(tx: Tx, organisationId: string) {
  const [row] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for("update");
  if (!row) throw notFoundError();
}

/** Refuses a period that overlaps another of the same organisation, naming the one it hits. */
async function assertNoOverlap(
  tx: Tx,
  period: { organisationId: string; validFrom: IsoDate; validTo: IsoDate | null; exceptId?: string },
) {
  const [collision] = await tx
    .select()
    .from(membershipPeriods)
    .where(
      and(
        eq(membershipPeriods.organisationId, period.organisationId),
        period.exceptId ? ne(membershipPeriods.id, period.exceptId) : undefined,
        sql`daterange(${membershipPeriods.validFrom}, ${membershipPeriods.validTo}, '[]')
          && daterange(${period.validFrom}::date, ${period.validTo}::date, '[]')`,
      ),
    )
    .orderBy(membershipPeriods.validFrom)
    .limit(1);
  if (collision) {
    const range = `${formatDateCs(collision.validFrom)} – ${collision.validTo ? formatDateCs(collision.validTo) : "dosud"}`;
    throw fieldError(
      "validFrom",
      `Období se překrývá s obdobím „${MEMBERSHIP_STATUS_CS[collision.status]}“ (${range}).`,
    );
  }
}

export const addPeriod = defineMutation({
  name: "membershipPeriods.add",
  permission: "registry.write",
  schema: addPeriodSchema,
  constraints: PERIOD_CONSTRAINTS,
  run: async ({ tx, audit }, { closePrevious, ...input }) => {
    await lockOrganisation(tx, input.organisationId);
    if (closePrevious) {
      // A change of status: the open period ends the day before the new one starts.
      const [open] = await tx
        .select()
        .from(membershipPeriods)
        .where(
          and(
            eq(membershipPeriods.organisationId, input.organisationId),
            isNull(membershipPeriods.validTo),
            lt(membershipPeriods.validFrom, input.validFrom),
          ),
        );
      if (open) {
        const [closed] = await tx
          .update(membershipPeriods)
          .set({
            validTo: addDays(input.validFrom, -1),
            endDecision: open.endDecision ?? input.startDecision,
            endDecisionDate: open.endDecisionDate ?? input.startDecisionDate,
            ...nextVersion(membershipPeriods),
          })
          .where(eq(membershipPeriods.id, open.id))
          .returning();
        await audit({ entity: "membership_period", entityId: open.id, action: "close", before: open, after: closed });
      }
    }
    await assertNoOverlap(tx, input);
    const [row] = await tx.insert(membershipPeriods).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "membership_period", entityId: row.id, action: "create", after: row });
    return { id: row.id, organisationId: row.organisationId };
  },
});

export const updatePeriod = defineMutation({
  name: "membershipPeriods.update",
  permission: "registry.write",
  schema: updatePeriodSchema,
  constraints: PERIOD_CONSTRAINTS,
  run: async ({ tx, audit }, { id, version, ...values }) => {
    const [current] = await tx
      .select({ organisationId: membershipPeriods.organisationId })
      .from(membershipPeriods)
      .where(eq(membershipPeriods.id, id));
    if (!current) throw notFoundError();
    await lockOrganisation(tx, current.organisationId);
    const before = await lockForUpdate(tx, membershipPeriods, id, version);
    await assertNoOverlap(tx, { ...values, organisationId: before.organisationId, exceptId: id });
    const [after] = await tx
      .update(membershipPeriods)
      .set({ ...values, ...nextVersion(membershipPeriods) })
      .where(eq(membershipPeriods.id, id))
      .returning();
    await audit({ entity: "membership_period", entityId: id, action: "update", before, after });
    return { id, organisationId: before.organisationId };
  },
});

/**
 * Ends the membership: the open period gets its last day and the decision; the history stays.
 * The organisation leaves "current" lists from the next day but stays in search and history.
 */
export const endMembership = defineMutation({
  name: "membershipPeriods.end",
  permission: "registry.write",
  schema: endMembershipSchema,
  run: async ({ tx, audit }, input) => {
    await lockOrganisation(tx, input.organisationId);
    const [open] = await tx
      .select()
      .from(membershipPeriods)
      .where(and(eq(membershipPeriods.organisationId, input.organisationId), isNull(membershipPeriods.validTo)));
    if (!open) throw new DomainError("invalid", MESSAGES.invalid, { endOn: [NO_OPEN_PERIOD] });
    const problem = endDateProblem(open, input.endOn);
    if (problem) throw fieldError("endOn", problem);
    const [after] = await tx
      .update(membershipPeriods)
      .set({
        validTo: input.endOn,
        endDecision: input.endDecision,
        endDecisionDate: input.endDecisionDate,
        note: input.note ?? open.note,
        ...nextVersion(membershipPeriods),
      })
      .where(eq(membershipPeriods.id, open.id))
      .returning();
    await audit({ entity: "membership_period", entityId: open.id, action: "end", before: open, after });
    return { id: open.id, organisationId: input.organisationId };
  },
});
