"use client";

import { useTranslations } from "next-intl";
import { saveNoticeRuleAction } from "@/app/organizations/[id]/notice/actions";
import { Checkbox } from "@/components/ui/checkbox";
import { RegistryForm } from "@/components/ui/registry-form";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { NoticeRule } from "@/db/schema/notice-rules";
import { NOTICE_RULE_KINDS } from "@/lib/enums";

/** Records or revises an organisation's withdrawal rule from its statutes. */
export function NoticeRuleForm({ organisationId, rule }: { organisationId: string; rule: NoticeRule | null }) {
  const t = useTranslations("noticeRules");
  const kinds = NOTICE_RULE_KINDS.map((k) => ({ value: k, label: t(`kindOption.${k}`) }));
  return (
    <RegistryForm action={saveNoticeRuleAction} hidden={{ organisationId, version: rule?.version ?? "" }}>
      {(f) => (
        <>
          <Select label={t("form.kind")} required placeholder="—" options={kinds} {...f("kind", rule?.kind)} />
          <TextField label={t("form.months")} hint={t("form.monthsHint")} inputMode="numeric" className="max-w-40" {...f("months", rule?.months)} />
          <fieldset className="space-y-2">
            <legend className="font-semibold text-slate-900">{t("form.financialYearEnd")}</legend>
            <p className="text-sm text-slate-700">{t("form.financialYearEndHint")}</p>
            <div className="flex flex-wrap gap-4">
              <TextField label={t("form.financialYearEndDay")} inputMode="numeric" className="w-24" {...f("financialYearEndDay", rule?.financialYearEndDay)} />
              <TextField label={t("form.financialYearEndMonth")} inputMode="numeric" className="w-24" {...f("financialYearEndMonth", rule?.financialYearEndMonth)} />
            </div>
          </fieldset>
          <Checkbox label={t("form.proRataDues")} {...(() => { const v = f("proRataDues", rule?.proRataDues ? "on" : ""); return { name: v.name, error: v.error, defaultChecked: v.defaultValue === "on" || v.defaultValue === "true" }; })()} />
          <TextField label={t("form.statuteArticle")} hint={t("form.statuteArticleHint")} {...f("statuteArticle", rule?.statuteArticle)} />
        </>
      )}
    </RegistryForm>
  );
}
