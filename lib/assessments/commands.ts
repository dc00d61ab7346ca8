import { eq } from "drizzle-orm";
import { engagementAssessments, organisations } from "@/db/schema";
import { todayInPrague } from "@/lib/dates";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { fieldError, notFoundError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { createAssessmentSchema, maxAssessmentYear, updateAssessmentSchema } from "./schemas";

const CONSTRAINTS = {
  engagement_assessments_organisation_year_key: {
    field: "year",
    message: "Pro tuto organizaci a rok už hodnocení existuje. Upravte prosím to stávající.",
  },
  engagement_assessments_dimensions_check: {
    field: "activity",
    message: "Dimenze hodnocení musí být v rozsahu 0 až 3.",
  },
  engagement_assessments_year_check: { field: "year", message: "Zadejte rok mezi 1900 a 2200." },
};

/** Writes the yearly assessment of one membership; the author is whoever signs the form. */
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
    const [row] = await tx
      .insert(engagementAssessments)
      .values({ ...input, authorId: actor.id })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "engagement_assessment", entityId: row.id, action: "create", after: row });
    return { id: row.id, organisationId: row.organisationId, year: row.year };
  },
});

/** Revises an assessment (stale versions refused); the editor becomes its author. */
export const updateAssessment = defineMutation({
  name: "assessments.update",
  permission: "assessments.write",
  schema: updateAssessmentSchema,
  constraints: CONSTRAINTS,
  run: async ({ tx, actor, audit }, { id, version, ...values }) => {
    const before = await lockForUpdate(tx, engagementAssessments, id, version);
    const [after] = await tx
      .update(engagementAssessments)
      .set({ ...values, authorId: actor.id, ...nextVersion(engagementAssessments) })
      .where(eq(engagementAssessments.id, id))
      .returning();
    await audit({ entity: "engagement_assessment", entityId: id, action: "update", before, after });
    return { id, organisationId: before.organisationId, year: before.year };
  },
});
