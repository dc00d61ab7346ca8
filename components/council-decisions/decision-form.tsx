"use client";

import { useTranslations } from "next-intl";
import { createCouncilDecisionAction, updateCouncilDecisionAction } from "@/app/council-decisions/actions";
import { RegistryForm } from "@/components/ui/registry-form";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { CouncilDecision } from "@/db/schema/council-decisions";
import { COUNCIL_BODIES } from "@/lib/enums";

/** Records (no `decision`) or corrects a resolution of Rada or Zastupitelstvo HMP. */
export function CouncilDecisionForm({ decision }: { decision?: CouncilDecision }) {
  const t = useTranslations("councilDecisions");
  const te = useTranslations("enums.councilBody");
  const tc = useTranslations("common");
  const bodies = COUNCIL_BODIES.map((b) => ({ value: b, label: te(b) }));
  return (
    <RegistryForm
      action={decision ? updateCouncilDecisionAction : createCouncilDecisionAction}
      hidden={decision ? { id: decision.id, version: decision.version } : undefined}
    >
      {(f) => (
        <>
          <Select label={t("body")} required placeholder={tc("choose")} options={bodies} {...f("body", decision?.body)} />
          <TextField label={t("number")} hint={t("numberHint")} required maxLength={60} className="max-w-60" {...f("number", decision?.number)} />
          <TextField label={t("decidedOn")} type="date" required {...f("decidedOn", decision?.decidedOn)} />
          <TextField label={t("titleField")} required maxLength={500} {...f("title", decision?.title)} />
          <TextField label={t("url")} hint={t("urlHint")} type="url" maxLength={1000} {...f("url", decision?.url)} />
        </>
      )}
    </RegistryForm>
  );
}
