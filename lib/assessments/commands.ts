import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { engagementAssessments, organisations, reformAsks } from "@/db/schema";
import { todayInPrague } from "@/lib/dates";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { DomainError, fieldError, forbiddenError, notFoundError } from "@/lib/errors";
import { DECISION_NOT_FOUND } from "@/lib/council-decisions/schemas";
import { defineMutation } from "@/lib/mutation";
import {
  assessmentColumnsOf,
  createAssessmentSchema,
  maxAssessmentYear,
  reformAsksOf,
  reviewAssessmentSchema,
  updateAssessmentSchema,
} from "./schemas";

const CONSTRAINTS = {
  engagement_assessments_organisation_year_key: {
    field: "year",
    message: "Pro tuto organizaci a rok už hodnocení existuje. Upravte prosím to stávající.",
  },
  engagement_assessments_dimensions_check: {
    field: "activity",
    message: "Dimenze hodnocení musí být v rozsahu 0 až 3.",
  },
  engagement_assessments_scores_check: { field: "aCapitals", message: "Kritéria se hodnotí stupněm 1 až 4." },
  engagement_assessments_year_check: { field: "year", message: "Zadejte rok mezi 1900 a 2200." },
  engagement_assessments_decision_id_council_decisions_id_fk: { field: "decisionId", message: DECISION_NOT_FOUND },
};

/** The assessment's reform asks in order, as the audit log records them beside the row. */
const asksOf = (tx: Tx, assessmentId: string) =>
  tx
    .select({ text: reformAsks.text, progress: reformAsks.progress })
    .from(reformAsks)
    .where(eq(reformAsks.assessmentId, assessmentId))
    .orderBy(asc(reformAsks.position));

async function replaceAsks(tx: Tx, assessmentId: string, asks: ReturnType<typeof reformAsksOf>) {
  await tx.delete(reformAsks).where(eq(reformAsks.assessmentId, assessmentId));
  if (asks.length > 0) {
    await tx.insert(reformAsks).values(asks.map((a, position) => ({ ...a, assessmentId, position })));
  }
}

/** A draft the moderation starts over on: who approved an earlier version no longer vouches for this one. */
const backToDraft = { review: "draft", reviewerId: null, reviewedAt: null, reviewComment: null } as const;

/** Writes the yearly assessment of one membership, as a draft; the author is whoever signs the form. */
export const createAssessment = defineMutation({
  name: "assessments.create",
  permission: "assessments.write",
  schema: createAssessmentSchema,
  constraints: CONSTRAINTS,
  run: async ({ tx, actor, audit }, input) => {
    const limit = maxAssessmentYear(todayInPrague());
    if (input.year > limit) throw fieldError("year", `Hodnotit lze nejvýše rok ${limit}.`);
    const [organisation] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    if (!organisation) throw notFoundError();
    const values = assessmentColumnsOf(input) as typeof engagementAssessments.$inferInsert;
    const [row] = await tx
      .insert(engagementAssessments)
      .values({ ...values, ...backToDraft, authorId: actor.id })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const asks = reformAsksOf(input);
    await replaceAsks(tx, row.id, asks);
    await audit({ entity: "engagement_assessment", entityId: row.id, action: "create", after: { ...row, reformAsks: asks } });
    return { id: row.id, organisationId: row.organisationId, year: row.year };
  },
});

/** Revises an assessment (stale versions refused); the editor becomes its author and it is a draft again. */
export const updateAssessment = defineMutation({
  name: "assessments.update",
  permission: "assessments.write",
  schema: updateAssessmentSchema,
  constraints: CONSTRAINTS,
  run: async ({ tx, actor, audit }, { id, version, ...input }) => {
    const before = await lockForUpdate(tx, engagementAssessments, id, version);
    const beforeAsks = await asksOf(tx, id);
    const values = assessmentColumnsOf(input) as Partial<typeof engagementAssessments.$inferInsert>;
    const [after] = await tx
      .update(engagementAssessments)
      .set({ ...values, ...backToDraft, authorId: actor.id, ...nextVersion(engagementAssessments) })
      .where(eq(engagementAssessments.id, id))
      .returning();
    const asks = reformAsksOf(input);
    await replaceAsks(tx, id, asks);
    await audit({
      entity: "engagement_assessment",
      entityId: id,
      action: "update",
      before: { ...before, reformAsks: beforeAsks },
      after: { ...after, reformAsks: asks },
    });
    return { id, organisationId: before.organisationId, year: before.year };
  },
});

/**
 * Moderation: a second manager approves a draft, or returns it with a comment. Its author may
 * not review it (the point is a second pair of eyes), and only a draft can be decided on; the
 * version the reviewer read is quoted, so a draft revised meanwhile is not approved unseen.
 */
export const reviewAssessment = defineMutation({
  name: "assessments.review",
  permission: "assessments.approve",
  schema: reviewAssessmentSchema,
  run: async ({ tx, actor, audit }, { id, version, decision, comment }) => {
    const before = await lockForUpdate(tx, engagementAssessments, id, version);
    if (before.authorId === actor.id) {
      throw forbiddenError("Vlastní hodnocení schválit ani vrátit nemůžete; posoudit ho musí jiný manažer.");
    }
    if (before.review !== "draft") {
      throw new DomainError("conflict", "Posoudit lze jen koncept; toto hodnocení už bylo posouzeno.");
    }
    const [after] = await tx
      .update(engagementAssessments)
      .set({
        review: decision === "approve" ? "approved" : "returned",
        reviewerId: actor.id,
        reviewedAt: new Date(),
        reviewComment: comment,
        ...nextVersion(engagementAssessments),
      })
      .where(eq(engagementAssessments.id, id))
      .returning();
    await audit({
      entity: "engagement_assessment",
      entityId: id,
      action: decision === "approve" ? "approve" : "return",
      before,
      after,
    });
    return { id, organisationId: before.organisationId, year: before.year, decision };
  },
});
