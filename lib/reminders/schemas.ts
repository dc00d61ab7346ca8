import { z } from "@/lib/validation";
import { REMINDER_KINDS, REMINDER_MODES } from "./kinds";

const mode = z.enum(REMINDER_MODES, { error: "Vyberte, jak chcete upozornění dostávat." });

/** The profile form: one radio group per kind, named by the kind. Kinds not sent are left as they are. */
export const preferencesSchema = z.object(Object.fromEntries(REMINDER_KINDS.map((k) => [k, mode.optional()])) as Record<(typeof REMINDER_KINDS)[number], z.ZodOptional<typeof mode>>);

export const unsubscribeSchema = z.object({ kind: z.enum(REMINDER_KINDS, { error: "Neznámý druh upozornění." }) });
