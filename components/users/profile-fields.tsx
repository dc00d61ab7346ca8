"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";

export type DepartmentOption = { id: string; code: string; name: string };

/** Name, role and department: the fields the create and the edit form share. */
export function ProfileFields({
  values,
  errors,
  departments,
  roles,
  people,
}: {
  values: { name?: string; role?: string; departmentId?: string | null; personId?: string | null };
  errors?: Record<string, string[]>;
  departments: readonly DepartmentOption[];
  /** Labelled on the server: the role list comes from the database enum, which stays server-side. */
  roles: readonly SelectOption[];
  /** People the account may be linked to (its user then picks themself on meeting forms). */
  people: readonly SelectOption[];
}) {
  const t = useTranslations();
  const departmentOptions: SelectOption[] = departments.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }));
  // The department is required with the staff role: marked as soon as that role is chosen (the
  // hint says so without JavaScript too); the server refuses a staff account without one anyway.
  const [role, setRole] = useState(values.role ?? "");
  return (
    <>
      <TextField
        name="name"
        label={t("users.fields.name")}
        required
        autoComplete="off"
        maxLength={200}
        defaultValue={values.name ?? ""}
        error={errors?.name}
      />
      <Select
        name="role"
        label={t("users.fields.role")}
        required
        options={roles}
        placeholder={t("common.choose")}
        defaultValue={values.role ?? ""}
        onChange={(e) => setRole(e.currentTarget.value)}
        error={errors?.role}
      />
      <Select
        name="departmentId"
        label={t("users.fields.department")}
        hint={
          <>
            <strong className={role === "staff" ? "text-red-800" : undefined} data-testid="department-required">
              {t("users.fields.departmentRequired")}
            </strong>{" "}
            {t("users.fields.departmentHint")}
          </>
        }
        required={role === "staff"}
        options={departmentOptions}
        placeholder={t("users.fields.departmentNone")}
        defaultValue={values.departmentId ?? ""}
        error={errors?.departmentId}
      />
      <Select
        name="personId"
        label={t("users.fields.person")}
        hint={t("users.fields.personHint")}
        options={people}
        placeholder={t("users.fields.personNone")}
        defaultValue={values.personId ?? ""}
        error={errors?.personId}
      />
    </>
  );
}
