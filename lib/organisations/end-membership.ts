import { and, count, eq, gt, inArray, isNull, or } from "drizzle-orm";
import { fees, membershipPeriods, representations } from "@/db/schema";
import { formatDate as formatDateCs } from "@/lib/i18n/format";
import { defineQuery } from "@/lib/queries";

/** The answers of the end-membership form, carried to its summary and back. */
export const END_MEMBERSHIP_FIELDS = ["endOn", "endDecision", "endDecisionDate", "note"] as const;

export const NO_OPEN_PERIOD = "Organizace nemá otevřené období členství, které by šlo ukončit.";

/** The one rule for the end date, used by the mutation and by its check-your-answers step. */
export function endDateProblem(open: { validFrom: string }, endOn: string): string | null {
  return endOn < open.validFrom ? `Datum ukončení nesmí předcházet začátku období (${formatDateCs(open.validFrom)}).` : null;
}

/**
 * What ending a membership on `endOn` would do, for the summary shown before it is confirmed
 * (reads only): the open period that gets its last day, the seats still open after that day and
 * the fees not yet settled, which ending the membership leaves as they are.
 */
export const previewEndMembership = defineQuery({
  name: "membershipPeriods.previewEnd",
  permission: "registry.write",
  run: async (db, { organisationId, endOn }: { organisationId: string; endOn: string }) => {
    const [open] = await db
      .select()
      .from(membershipPeriods)
      .where(and(eq(membershipPeriods.organisationId, organisationId), isNull(membershipPeriods.validTo)));
    if (!open) return { open: null, problem: NO_OPEN_PERIOD, openSeats: 0, unsettledFees: 0 };
    const [[seats], [unsettled]] = await Promise.all([
      db
        .select({ n: count() })
        .from(representations)
        .where(
          and(
            eq(representations.organisationId, organisationId),
            or(isNull(representations.validTo), gt(representations.validTo, endOn)),
          ),
        ),
      db
        .select({ n: count() })
        .from(fees)
        .where(and(eq(fees.organisationId, organisationId), inArray(fees.status, ["planned", "invoiced"]))),
    ]);
    return { open, problem: endDateProblem(open, endOn), openSeats: seats?.n ?? 0, unsettledFees: unsettled?.n ?? 0 };
  },
});
