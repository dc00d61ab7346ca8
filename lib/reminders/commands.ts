import { and, eq, inArray } from "drizzle-orm";
import { reminderPreferences } from "@/db/schema";
import { defineMutation } from "@/lib/mutation";
import { kindsForRole, type ReminderKind } from "./kinds";
import { preferencesSchema, unsubscribeSchema } from "./schemas";

/** The actor's own choices; a kind the role is not responsible for is ignored, not stored. */
export const setReminderPreferences = defineMutation({
  name: "reminders.setPreferences",
  permission: "reminders.own",
  schema: preferencesSchema,
  run: async ({ tx, actor, audit }, input) => {
    const mine = kindsForRole(actor.role);
    const chosen = mine.flatMap((kind) => (input[kind] ? [{ kind, mode: input[kind] }] : []));
    const before = await tx
      .select({ kind: reminderPreferences.kind, mode: reminderPreferences.mode })
      .from(reminderPreferences)
      .where(eq(reminderPreferences.userId, actor.id));
    for (const { kind, mode } of chosen) {
      await tx
        .insert(reminderPreferences)
        .values({ userId: actor.id, kind, mode })
        .onConflictDoUpdate({ target: [reminderPreferences.userId, reminderPreferences.kind], set: { mode, updatedAt: new Date() } });
    }
    await audit({
      entity: "reminder_preferences",
      entityId: actor.id,
      action: "update",
      before: Object.fromEntries(before.map((p) => [p.kind, p.mode])),
      after: Object.fromEntries(chosen.map((p) => [p.kind, p.mode])),
    });
    return { saved: chosen.length };
  },
});

/**
 * "Not at all" for one kind, from the link in a reminder: the actor is the user the signed token
 * names (the caller verified it), so it works signed out and can do nothing else.
 */
export const unsubscribeReminders = defineMutation({
  name: "reminders.unsubscribe",
  permission: "reminders.own",
  schema: unsubscribeSchema,
  run: async ({ tx, actor, audit }, { kind }) => {
    const [before] = await tx
      .select({ mode: reminderPreferences.mode })
      .from(reminderPreferences)
      .where(and(eq(reminderPreferences.userId, actor.id), inArray(reminderPreferences.kind, [kind])));
    await tx
      .insert(reminderPreferences)
      .values({ userId: actor.id, kind, mode: "off" })
      .onConflictDoUpdate({ target: [reminderPreferences.userId, reminderPreferences.kind], set: { mode: "off", updatedAt: new Date() } });
    await audit({
      entity: "reminder_preferences",
      entityId: actor.id,
      action: "unsubscribe",
      before: { [kind]: before?.mode ?? null },
      after: { [kind]: "off" },
    });
    return { kind: kind as ReminderKind };
  },
});
