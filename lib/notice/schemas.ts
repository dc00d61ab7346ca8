import { noticeRuleKindEnum } from "@/db/schema/notice-rules";
import { checkbox, optionalText, uuidField, z } from "@/lib/validation";

const blank = (v: unknown) => (v === "" || v === undefined || v === null ? null : v);
const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(blank, z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).nullable());

const daysIn = (month: number) => [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;

/** One organisation's withdrawal rule; `version` is the rule's, absent when none is recorded yet. */
export const noticeRuleSchema = z
  .object({
    organisationId: uuidField(),
    version: z.preprocess(blank, z.coerce.number().int().min(1).nullable()),
    kind: z.enum(noticeRuleKindEnum.enumValues, { error: "Vyberte druh výpovědní lhůty." }),
    months: optionalInt(0, 36, "Zadejte počet měsíců, celé číslo od 0 do 36."),
    financialYearEndDay: optionalInt(1, 31, "Zadejte den, celé číslo od 1 do 31."),
    financialYearEndMonth: optionalInt(1, 12, "Zadejte měsíc, celé číslo od 1 do 12."),
    proRataDues: checkbox(),
    statuteArticle: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "any_time" && v.months === null) {
      ctx.addIssue({ code: "custom", message: "Zadejte, kolik měsíců lhůta trvá.", path: ["months"] });
    }
    if (v.kind === "financial_year_end") {
      if (v.financialYearEndDay === null) {
        ctx.addIssue({ code: "custom", message: "Zadejte den, kterým končí finanční rok organizace.", path: ["financialYearEndDay"] });
      }
      if (v.financialYearEndMonth === null) {
        ctx.addIssue({ code: "custom", message: "Zadejte měsíc, kterým končí finanční rok organizace.", path: ["financialYearEndMonth"] });
      }
      if (v.financialYearEndDay !== null && v.financialYearEndMonth !== null && v.financialYearEndDay > daysIn(v.financialYearEndMonth)) {
        ctx.addIssue({ code: "custom", message: "Takový den v tomto měsíci není.", path: ["financialYearEndDay"] });
      }
    }
  })
  // Values that do not belong to the kind are dropped rather than kept silently.
  .transform((v) => ({
    ...v,
    months: v.kind === "any_time" ? null : v.months,
    financialYearEndDay: v.kind === "financial_year_end" ? v.financialYearEndDay : null,
    financialYearEndMonth: v.kind === "financial_year_end" ? v.financialYearEndMonth : null,
  }));
