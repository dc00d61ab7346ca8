"use client";

import { useTranslations } from "next-intl";
import { updateUserAction } from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { StatusMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import type { SelectOption } from "@/components/ui/select";
import { ProfileFields, type DepartmentOption } from "./profile-fields";

export type EditableUser = {
  id: string;
  email: string;
  name: string;
  role: string;
  departmentId: string | null;
  personId: string | null;
  active: boolean;
  version: number;
};

/** The profile edit. The hidden version makes a save over someone else's newer change fail. */
export function UserEditForm({
  user,
  departments,
  roles,
  people,
}: {
  user: EditableUser;
  departments: readonly DepartmentOption[];
  roles: readonly SelectOption[];
  people: readonly SelectOption[];
}) {
  const t = useTranslations();
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(updateUserAction);
  const refused = state && !state.ok ? state : null;
  const values = refused?.values ?? { name: user.name, role: user.role, departmentId: user.departmentId ?? "", personId: user.personId ?? "" };
  const active = refused?.values ? refused.values.active === "on" : user.active;
  const version = state?.ok && state.version ? Math.max(state.version, user.version) : user.version;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary refusal={refused} />
      <StatusMessage message={state?.ok ? state.message : null} />
      <p className="text-slate-900">
        <span className="font-semibold">{t("users.fields.email")}:</span> {user.email}
      </p>
      <ProfileFields values={values} errors={refused?.fieldErrors} departments={departments} roles={roles} people={people} />
      <Checkbox
        name="active"
        label={t("users.fields.active")}
        hint={t("users.fields.activeHint")}
        defaultChecked={active}
        error={refused?.fieldErrors?.active}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
