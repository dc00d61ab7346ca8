import { eq } from "drizzle-orm";
import { councilDecisions } from "@/db/schema";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { defineMutation } from "@/lib/mutation";
import { createCouncilDecisionSchema, updateCouncilDecisionSchema } from "./schemas";

const CONSTRAINTS = {
  council_decisions_body_number_date_key: {
    field: "number",
    message: "Usnesení s tímto číslem a datem už v registru je.",
  },
  council_decisions_url_check: { field: "url", message: "Zadejte celou webovou adresu začínající https://." },
};

/** Records a resolution of Rada or Zastupitelstvo HMP in the register (coordinators, admins). */
export const createCouncilDecision = defineMutation({
  name: "councilDecisions.create",
  permission: "rules.write",
  schema: createCouncilDecisionSchema,
  constraints: CONSTRAINTS,
  run: async ({ tx, audit }, input) => {
    const [row] = await tx.insert(councilDecisions).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "council_decision", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
});

/** Corrects a recorded resolution; a stale version is refused (docs/ARCHITECTURE.md, "The write path"). */
export const updateCouncilDecision = defineMutation({
  name: "councilDecisions.update",
  permission: "rules.write",
  schema: updateCouncilDecisionSchema,
  constraints: CONSTRAINTS,
  run: async ({ tx, audit }, { id, version, ...values }) => {
    const before = await lockForUpdate(tx, councilDecisions, id, version);
    const [after] = await tx
      .update(councilDecisions)
      .set({ ...values, ...nextVersion(councilDecisions) })
      .where(eq(councilDecisions.id, id))
      .returning();
    await audit({ entity: "council_decision", entityId: id, action: "update", before, after });
    return { id };
  },
});
