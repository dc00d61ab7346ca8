"use client";

import { useTranslations } from "next-intl";
import { createUserAction } from "@/app/admin/users/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { SelectOption } from "@/components/ui/select";
import { ProfileFields, type DepartmentOption } from "./profile-fields";
import { SetPasswordLinkPanel } from "./set-password-link";

export function UserCreateForm({
  departments,
  roles,
  people,
  passwordMinLength,
}: {
  departments: readonly DepartmentOption[];
  roles: readonly SelectOption[];
  people: readonly SelectOption[];
  passwordMinLength: number;
}) {
  const t = useTranslations();
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(createUserAction);
  const values = state?.values ?? {};
  const errors = state?.fieldErrors;
  if (state?.ok && state.setPasswordLink) {
    return (
      <div className="space-y-5">
        <SetPasswordLinkPanel link={state.setPasswordLink} fresh />
        <ButtonLink href="/admin/users" variant="secondary">
          {t("users.link.toList")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <ErrorSummary refusal={state && !state.ok ? state : null} />
      <ProfileFields values={values} errors={errors} departments={departments} roles={roles} people={people} />
      <TextField
        name="email"
        type="email"
        label={t("users.fields.email")}
        required
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.email ?? ""}
        error={errors?.email}
      />
      <TextField
        name="password"
        type="password"
        label={t("users.fields.passwordOptional")}
        hint={t("users.fields.passwordOptionalHint", { min: passwordMinLength })}
        autoComplete="new-password"
        minLength={passwordMinLength}
        error={errors?.password}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t("common.saving") : t("users.create")}
        </Button>
        <ButtonLink href="/admin/users" variant="secondary">
          {t("common.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
