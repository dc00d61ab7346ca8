"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-message";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { createCalendarTokenAction } from "@/app/calendar/actions";
import { PersonCombobox } from "@/components/meetings/person-combobox";

const subscribeNever = () => () => {};

/** Creates a calendar subscription and shows its secret URL once (it is not stored, only its hash). */
export function CalendarTokenForm({
  departments,
  defaultDepartmentId,
}: {
  departments: SelectOption[];
  defaultDepartmentId: string | null;
}) {
  const t = useTranslations("meetings.calendar");
  const tf = useTranslations("meetings.form");
  const [state, formAction, pending] = useActionState(createCalendarTokenAction, null);
  const [scope, setScope] = useState("department");
  const origin = useSyncExternalStore(subscribeNever, () => window.location.origin, () => "");
  const refused = state && !state.ok ? state : null;
  const err = (name: string) => refused?.fieldErrors?.[name];
  return (
    <div className="space-y-4">
      {state?.ok && state.token ? (
        <div role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 text-green-900">
          <p className="font-semibold">{t("created")}</p>
          <label htmlFor="calendar-url" className="mt-2 block font-semibold">{t("url")}</label>
          <input id="calendar-url" readOnly value={`${origin}/calendar/feed/${state.token}`} className="block w-full rounded border border-slate-600 bg-white px-3 py-2 font-mono text-sm text-slate-900" />
          <p className="mt-1 text-sm">{t("urlOnce")}</p>
        </div>
      ) : null}
      <form
        noValidate
        className="max-w-2xl space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          startTransition(() => { formAction(data); });
        }}
      >
        {refused ? <FormError message={refused.message} /> : null}
        <Select
          name="scope"
          label={t("scope")}
          value={scope}
          onChange={(e) => setScope(e.target.value)}
          options={[
            { value: "department", label: t("scopeDepartment") },
            { value: "person", label: t("scopePerson") },
            { value: "all", label: t("scopeAll") },
          ]}
          error={err("scope")}
        />
        {scope === "department" ? (
          <Select name="departmentId" label={t("department")} options={departments} defaultValue={defaultDepartmentId ?? ""} placeholder={tf("choose")} error={err("departmentId")} />
        ) : null}
        {scope === "person" ? (
          <PersonCombobox
            id="calendar-person"
            name="personId"
            labelName="personLabel"
            label={t("person")}
            error={err("personId")?.[0]}
            messages={{ hint: tf("personHint"), noResults: tf("noResults"), results: tf.raw("results") as string }}
          />
        ) : null}
        <TextField name="label" label={t("label")} hint={t("labelHint")} error={err("label")} />
        <Button type="submit" disabled={pending}>{t("create")}</Button>
      </form>
    </div>
  );
}
