import { eq } from "drizzle-orm";
import { noticeRules, organisations } from "@/db/schema";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { DomainError, notFoundError, staleError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { noticeRuleSchema } from "./schemas";

/**
 * Records or revises one organisation's withdrawal rule from its statutes (coordinators,
 * admins). A revision quotes the version it was loaded with; a first record quotes none and is
 * refused if someone recorded one meanwhile.
 */
export const saveNoticeRule = defineMutation({
  name: "noticeRules.save",
  permission: "rules.write",
  schema: noticeRuleSchema,
  constraints: {
    notice_rules_organisation_key: { field: "kind", message: "Pravidlo pro tuto organizaci už mezitím zapsal někdo jiný. Načtěte stránku znovu." },
  },
  run: async ({ tx, audit }, { organisationId, version, ...values }) => {
    const [organisation] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
    if (!organisation) throw notFoundError();
    const [existing] = await tx.select({ id: noticeRules.id }).from(noticeRules).where(eq(noticeRules.organisationId, organisationId));
    if (!existing) {
      if (version !== null) throw staleError();
      const [row] = await tx.insert(noticeRules).values({ organisationId, ...values }).returning();
      if (!row) throw new DomainError("conflict", "Pravidlo se nepodařilo uložit.");
      await audit({ entity: "notice_rule", entityId: row.id, action: "create", after: row });
      return { organisationId };
    }
    if (version === null) throw staleError();
    const before = await lockForUpdate(tx, noticeRules, existing.id, version);
    const [after] = await tx
      .update(noticeRules)
      .set({ ...values, ...nextVersion(noticeRules) })
      .where(eq(noticeRules.id, existing.id))
      .returning();
    await audit({ entity: "notice_rule", entityId: existing.id, action: "update", before, after });
    return { organisationId };
  },
});
