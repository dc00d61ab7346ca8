"use client";

import { useTranslations } from "next-intl";
import {
  addPeriodAction,
  createBodyAction,
  createOrganisationAction,
  endMembershipAction,
  reviewEndMembershipAction,
  updateBodyAction,
  updateOrganisationAction,
  updatePeriodAction,
} from "@/app/organizations/actions";
import { Checkbox } from "@/components/ui/checkbox";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import type { bodies, membershipPeriods, organisations } from "@/db/schema";
import { PERIOD_STATUSES } from "@/lib/organisations/schemas";
import { RegistryForm } from "@/components/ui/registry-form";
import { BODY_KINDS, ORGANISATION_KINDS, ORGANISATION_SCOPES } from "@/lib/enums";

type Organisation = typeof organisations.$inferSelect;
type Period = typeof membershipPeriods.$inferSelect;
type Body = typeof bodies.$inferSelect;

function useEnumOptions() {
  const t = useTranslations("enums");
  return {
    kinds: ORGANISATION_KINDS.map((v) => ({ value: v, label: t(`organisationKind.${v}`) })),
    scopes: ORGANISATION_SCOPES.map((v) => ({ value: v, label: t(`organisationScope.${v}`) })),
    statuses: PERIOD_STATUSES.map((v) => ({ value: v, label: t(`membershipStatus.${v}`) })),
    bodyKinds: BODY_KINDS.map((v) => ({ value: v, label: t(`bodyKind.${v}`) })),
  };
}

/** Create (no `organisation`) or edit an organisation. */
export function OrganisationForm({ organisation }: { organisation?: Organisation }) {
  const t = useTranslations("organisations.form");
  const o = useEnumOptions();
  return (
    <RegistryForm
      action={organisation ? updateOrganisationAction : createOrganisationAction}
      hidden={organisation ? { id: organisation.id, version: organisation.version } : undefined}
    >
      {(f) => (
        <>
          <TextField label={t("name")} required maxLength={200} {...f("name", organisation?.name)} />
          <TextField label={t("nameCs")} maxLength={200} {...f("nameCs", organisation?.nameCs)} />
          <TextField label={t("abbreviation")} maxLength={40} {...f("abbreviation", organisation?.abbreviation)} />
          <TextField label={t("website")} hint={t("websiteHint")} type="url" {...f("website", organisation?.website)} />
          <Select label={t("kind")} required placeholder={t("choose")} options={o.kinds} {...f("kind", organisation?.kind)} />
          <Select label={t("scope")} required placeholder={t("choose")} options={o.scopes} {...f("scope", organisation?.scope)} />
          {/* The withdrawal rule has its own form (its kinds of notice period): /organizations/<id>/notice. */}
          <TextArea label={t("description")} rows={6} {...f("description", organisation?.description)} />
        </>
      )}
    </RegistryForm>
  );
}

/** A new period, optionally as a change of status (closing the open one the day before). */
export function AddPeriodForm({ organisationId, change }: { organisationId: string; change: boolean }) {
  const t = useTranslations("organisations.period");
  const tc = useTranslations("common");
  const o = useEnumOptions();
  return (
    <RegistryForm action={addPeriodAction} hidden={{ organisationId }}>
      {(f) => (
        <>
          <Select label={t("status")} required placeholder={tc("choose")} options={o.statuses} {...f("status", change ? "full" : undefined)} />
          <TextField label={t("validFrom")} type="date" required {...f("validFrom")} />
          <TextField label={t("validTo")} hint={t("validToHint")} type="date" {...f("validTo")} />
          <TextField label={t("startDecision")} maxLength={200} {...f("startDecision")} />
          <TextField label={t("startDecisionDate")} type="date" {...f("startDecisionDate")} />
          <TextArea label={t("note")} rows={3} {...f("note")} />
          <Checkbox
            label={t("closePrevious")}
            name="closePrevious"
            defaultChecked={change}
          />
        </>
      )}
    </RegistryForm>
  );
}

export function EditPeriodForm({ period }: { period: Period }) {
  const t = useTranslations("organisations.period");
  const o = useEnumOptions();
  return (
    <RegistryForm action={updatePeriodAction} hidden={{ id: period.id, version: period.version }}>
      {(f) => (
        <>
          <Select label={t("status")} required options={o.statuses} {...f("status", period.status)} />
          <TextField label={t("validFrom")} type="date" required {...f("validFrom", period.validFrom)} />
          <TextField label={t("validTo")} hint={t("validToHint")} type="date" {...f("validTo", period.validTo)} />
          <TextField label={t("startDecision")} maxLength={200} {...f("startDecision", period.startDecision)} />
          <TextField label={t("startDecisionDate")} type="date" {...f("startDecisionDate", period.startDecisionDate)} />
          <TextField label={t("endDecision")} maxLength={200} {...f("endDecision", period.endDecision)} />
          <TextField label={t("endDecisionDate")} type="date" {...f("endDecisionDate", period.endDecisionDate)} />
          <TextArea label={t("note")} rows={3} {...f("note", period.note)} />
        </>
      )}
    </RegistryForm>
  );
}

/** Step one of ending a membership: the answers, checked on the next page before anything is saved. */
export function EndMembershipForm({ organisationId, initial = {} }: { organisationId: string; initial?: Record<string, string> }) {
  const t = useTranslations("organisations.end");
  return (
    <RegistryForm action={reviewEndMembershipAction} hidden={{ organisationId }} submitLabel={t("continue")}>
      {(f) => (
        <>
          <TextField label={t("endOn")} type="date" required {...f("endOn", initial.endOn)} />
          <TextField label={t("endDecision")} required maxLength={200} {...f("endDecision", initial.endDecision)} />
          <TextField label={t("endDecisionDate")} type="date" {...f("endDecisionDate", initial.endDecisionDate)} />
          <TextArea label={t("note")} rows={3} {...f("note", initial.note)} />
        </>
      )}
    </RegistryForm>
  );
}

/** The confirm button of the summary: posts the checked answers to the one write path. */
export function EndMembershipConfirm({ answers }: { answers: Record<string, string> }) {
  const t = useTranslations("organisations.end");
  return (
    <RegistryForm action={endMembershipAction} hidden={answers} submitLabel={t("submit")} submitVariant="danger">
      {() => null}
    </RegistryForm>
  );
}

export function BodyForm({ organisationId, body }: { organisationId: string; body?: Body }) {
  const t = useTranslations("organisations.body");
  const tf = useTranslations("organisations.form");
  const o = useEnumOptions();
  return (
    <RegistryForm
      action={body ? updateBodyAction : createBodyAction}
      hidden={body ? { id: body.id, version: body.version } : { organisationId }}
    >
      {(f) => (
        <>
          <TextField label={t("name")} required maxLength={200} {...f("name", body?.name)} />
          <TextField label={t("nameCs")} maxLength={200} {...f("nameCs", body?.nameCs)} />
          <Select label={t("kind")} required placeholder={tf("choose")} options={o.bodyKinds} {...f("kind", body?.kind)} />
          <TextArea label={t("description")} rows={3} {...f("description", body?.description)} />
          {body ? <Checkbox label={t("active")} name="active" defaultChecked={body.active} /> : null}
        </>
      )}
    </RegistryForm>
  );
}
