"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm, type FormState } from "@/components/ui/use-action-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The frame every registry form shares: the action, hidden identity fields, the form-level alert
 * and the submit button. Fields read their shown value and error through the `field` helper, so
 * a refused form shows what the user typed with the server's message next to each field.
 */
export function RegistryForm({
  action,
  hidden,
  submitLabel,
  submitVariant,
  children,
}: {
  action: Action;
  hidden?: Record<string, string | number>;
  submitLabel?: string;
  /** "danger" for the confirm button of an irreversible change. */
  submitVariant?: "primary" | "danger";
  children: (field: FieldAccess) => ReactNode;
}) {
  const t = useTranslations("common");
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(action);
  const refused = state && !state.ok ? state : null;
  const field: FieldAccess = (name, initial) => ({
    name,
    error: refused?.fieldErrors?.[name],
    defaultValue: refused?.values ? (refused.values[name] ?? "") : (initial ?? ""),
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ErrorSummary refusal={refused} />
      {/* Keyed by the state so a refused form re-mounts its fields with the echoed values. */}
      <div key={refused ? JSON.stringify(refused.values) : "initial"} className="space-y-5">
        {children(field)}
      </div>
      <Button type="submit" variant={submitVariant} disabled={pending}>
        {pending ? t("saving") : (submitLabel ?? t("save"))}
      </Button>
    </form>
  );
}

export type FieldAccess = (
  name: string,
  initial?: string | number | null,
) => { name: string; error?: string[]; defaultValue: string | number };
