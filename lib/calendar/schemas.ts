import { optionalText, optionalUuid, uuidField, z } from "@/lib/validation";

export const CALENDAR_SCOPES = ["person", "department", "all"] as const;

export const createCalendarTokenSchema = z
  .object({
    scope: z.enum(CALENDAR_SCOPES, { error: "Vyberte, čí jednání má kalendář obsahovat." }),
    personId: optionalUuid(),
    departmentId: optionalUuid(),
    label: optionalText(100),
  })
  .superRefine((v, ctx) => {
    if (v.scope === "person" && !v.personId) ctx.addIssue({ code: "custom", path: ["personId"], message: "Vyberte osobu ze seznamu." });
    if (v.scope === "department" && !v.departmentId)
      ctx.addIssue({ code: "custom", path: ["departmentId"], message: "Vyberte odbor." });
  })
  .transform((v) => ({
    ...v,
    personId: v.scope === "person" ? v.personId : null,
    departmentId: v.scope === "department" ? v.departmentId : null,
  }));

export const revokeCalendarTokenSchema = z.object({ id: uuidField() });
