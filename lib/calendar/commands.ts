import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { calendarTokens, departments, people } from "@/db/schema";
import { fieldError, notFoundError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { createCalendarTokenSchema, revokeCalendarTokenSchema } from "./schemas";

export const hashCalendarToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A calendar subscription for the signed-in user. The token is returned once and only its hash
 * is stored; anyone who may read meetings may subscribe to them.
 */
export const createCalendarToken = defineMutation({
  name: "calendar.createToken",
  permission: "registry.read",
  schema: createCalendarTokenSchema,
  run: async ({ tx, actor, audit }, input) => {
    if (input.departmentId) {
      const [d] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, input.departmentId));
      if (!d) throw fieldError("departmentId", "Vyberte odbor.");
    }
    if (input.personId) {
      const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
      if (!p) throw fieldError("personId", "Vyberte osobu ze seznamu.");
    }
    const token = randomBytes(32).toString("base64url");
    const [row] = await tx
      .insert(calendarTokens)
      .values({ userId: actor.id, tokenHash: hashCalendarToken(token), scope: input.scope, personId: input.personId, departmentId: input.departmentId, label: input.label })
      .returning({ id: calendarTokens.id, scope: calendarTokens.scope, personId: calendarTokens.personId, departmentId: calendarTokens.departmentId, label: calendarTokens.label });
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "calendar_token", entityId: row.id, action: "create", after: row });
    return { id: row.id, token };
  },
});

/** Revokes one of the user's own calendar tokens; the feed answers 404 from then on. */
export const revokeCalendarToken = defineMutation({
  name: "calendar.revokeToken",
  permission: "registry.read",
  schema: revokeCalendarTokenSchema,
  run: async ({ tx, actor, audit }, { id }) => {
    const [after] = await tx
      .update(calendarTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarTokens.id, id), eq(calendarTokens.userId, actor.id), isNull(calendarTokens.revokedAt)))
      .returning({ id: calendarTokens.id, revokedAt: calendarTokens.revokedAt });
    if (!after) throw notFoundError();
    await audit({ entity: "calendar_token", entityId: id, action: "revoke", after });
    return { id };
  },
});
