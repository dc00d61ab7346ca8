"use client";

import { useTranslations } from "next-intl";
import { createDepartmentAction, updateDepartmentAction } from "@/app/departments/actions";
import { anonymisePersonAction, createPersonAction, reviewAnonymiseAction, updatePersonAction } from "@/app/people/actions";
import { Checkbox } from "@/components/ui/checkbox";
import { RegistryForm } from "@/components/ui/registry-form";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { departments, people } from "@/db/schema";

type Person = typeof people.$inferSelect;
type Department = typeof departments.$inferSelect;

/** Create (no `person`) or edit a person; the day they left is set on edit. */
export function PersonForm({ person, departmentOptions }: { person?: Person; departmentOptions: SelectOption[] }) {
  const t = useTranslations("people.form");
  return (
    <RegistryForm
      action={person ? updatePersonAction : createPersonAction}
      hidden={person ? { id: person.id, version: person.version } : undefined}
    >
      {(f) => (
        <>
          <p className="text-slate-800">{t("gdprHint")}</p>
          <TextField label={t("title")} maxLength={40} {...f("title", person?.title)} />
          <TextField label={t("firstName")} required maxLength={100} autoComplete="off" {...f("firstName", person?.firstName)} />
          <TextField label={t("lastName")} required maxLength={100} autoComplete="off" {...f("lastName", person?.lastName)} />
          <TextField label={t("email")} type="email" autoComplete="off" {...f("email", person?.email)} />
          <TextField label={t("phone")} type="tel" autoComplete="off" {...f("phone", person?.phone)} />
          <Select label={t("department")} placeholder={t("noDepartment")} options={departmentOptions} {...f("departmentId", person?.departmentId)} />
          {person ? <TextField label={t("leftOn")} hint={t("leftOnHint")} type="date" {...f("leftOn", person.leftOn)} /> : null}
        </>
      )}
    </RegistryForm>
  );
}

/** Step one of anonymising: the reason; the next page shows what will go and asks to confirm. */
export function AnonymiseForm({ person, initial = {} }: { person: Person; initial?: Record<string, string> }) {
  const t = useTranslations("people.anonymiseForm");
  // "Změnit" brings back the version the summary was made from: a later edit is refused as stale.
  const version = initial.version ?? String(person.version);
  return (
    <RegistryForm action={reviewAnonymiseAction} hidden={{ id: person.id, version }} submitLabel={t("continue")}>
      {(f) => (
        <>
          <p className="max-w-2xl text-slate-900">{t("explain")}</p>
          <TextField label={t("reason")} hint={t("reasonHint")} required maxLength={500} {...f("reason", initial.reason)} />
        </>
      )}
    </RegistryForm>
  );
}

/** The summary's confirmation: the checkbox and the button that anonymise, through the write path. */
export function AnonymiseConfirm({ answers }: { answers: Record<string, string> }) {
  const t = useTranslations("people.anonymiseForm");
  return (
    <RegistryForm action={anonymisePersonAction} hidden={answers} submitLabel={t("submit")} submitVariant="danger">
      {(f) => <Checkbox label={t("confirm")} name="confirm" error={f("confirm").error} />}
    </RegistryForm>
  );
}

export function DepartmentForm({ department }: { department?: Department }) {
  const t = useTranslations("people.departments");
  return (
    <RegistryForm
      action={department ? updateDepartmentAction : createDepartmentAction}
      hidden={department ? { id: department.id, version: department.version } : undefined}
    >
      {(f) => (
        <>
          <TextField label={t("code")} required maxLength={20} {...f("code", department?.code)} />
          <TextField label={t("name")} required maxLength={200} {...f("name", department?.name)} />
          {department ? (
            <TextField label={t("abolishedOn")} hint={t("abolishedOnHint")} type="date" {...f("abolishedOn", department.abolishedOn)} />
          ) : null}
        </>
      )}
    </RegistryForm>
  );
}
