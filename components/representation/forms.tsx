"use client";

import { useTranslations } from "next-intl";
import {
  createRepresentationAction,
  endRepresentationAction,
  updateRepresentationAction,
} from "@/app/representation/actions";
import { RegistryForm } from "@/components/ui/registry-form";
import { Select } from "@/components/ui/select";
import type { SeatOptions } from "@/lib/representation/seat-options";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { REPRESENTATION_ROLES } from "@/lib/representation/schemas";

export type { SeatOptions };

/** The values a seat form starts with: an existing seat's, or defaults from the link that opened it. */
export type SeatInitial = {
  organisationId?: string | null;
  bodyId?: string | null;
  personId?: string | null;
  departmentId?: string | null;
  role?: string | null;
  deputyForId?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  mandateSource?: string | null;
  note?: string | null;
};

/**
 * Create or edit a seat. Bodies of every organisation are offered (named with their
 * organisation); choosing one of another organisation is refused at the field by the server.
 */
export function RepresentationForm({
  options,
  initial,
  seat,
}: {
  options: SeatOptions;
  initial: SeatInitial;
  seat?: { id: string; version: number };
}) {
  const t = useTranslations("people.representationForm");
  const te = useTranslations("enums");
  const tc = useTranslations("common");
  const roles = REPRESENTATION_ROLES.map((r) => ({ value: r, label: te(`representationRole.${r}`) }));
  return (
    <RegistryForm action={seat ? updateRepresentationAction : createRepresentationAction} hidden={seat}>
      {(f) => (
        <>
          <Select label={t("organisation")} required placeholder={tc("choose")} options={options.organisations} {...f("organisationId", initial.organisationId)} />
          <Select label={t("body")} hint={t("bodyHint")} placeholder={t("wholeOrganisation")} options={options.bodies} {...f("bodyId", initial.bodyId)} />
          <Select label={t("role")} required options={roles} {...f("role", initial.role ?? "primary_contact")} />
          <Select label={t("person")} placeholder={t("noPerson")} options={options.people} {...f("personId", initial.personId)} />
          <Select
            label={t("department")}
            hint={t("departmentHint")}
            placeholder={t("noDepartment")}
            options={options.departments}
            {...f("departmentId", initial.departmentId)}
          />
          <Select
            label={t("deputyFor")}
            hint={t("deputyForHint")}
            placeholder={t("deputyForNone")}
            options={options.mainSeats}
            {...f("deputyForId", initial.deputyForId)}
          />
          <TextField label={t("validFrom")} type="date" required {...f("validFrom", initial.validFrom)} />
          <TextField label={t("validTo")} hint={t("validToHint")} type="date" {...f("validTo", initial.validTo)} />
          <TextField label={t("mandateSource")} maxLength={300} {...f("mandateSource", initial.mandateSource)} />
          <TextArea label={t("note")} rows={3} {...f("note", initial.note)} />
        </>
      )}
    </RegistryForm>
  );
}

export function EndRepresentationForm({ seat, defaultDay }: { seat: { id: string; version: number }; defaultDay: string }) {
  const t = useTranslations("people.representationForm");
  return (
    <RegistryForm action={endRepresentationAction} hidden={seat} submitLabel={t("endSubmit")}>
      {(f) => (
        <>
          <p className="max-w-2xl text-slate-900">{t("endExplain")}</p>
          <TextField label={t("lastDay")} type="date" required {...f("validTo", defaultDay)} />
          <TextArea label={t("note")} rows={3} {...f("note")} />
        </>
      )}
    </RegistryForm>
  );
}
