"use client";

import { useTranslations } from "next-intl";
import { importRatesAction } from "@/app/fees/rates/actions";
import { Button } from "@/components/ui/button";
import { FieldHint, FieldLabel, controlClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * Upload of a ČNB rate file. A refusal shows an error summary linking to the field and, next to
 * the field, each bad line with its number and reason.
 */
export function ImportRatesForm() {
  const t = useTranslations("rates.import");
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(importRatesAction);
  const refused = state && !state.ok ? state : null;
  const error = refused?.fieldErrors?.file?.[0];
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-3" encType="multipart/form-data">
      {refused ? (
        <div role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 text-red-900">
          <h3 className="font-semibold">{t("errorSummary")}</h3>
          <ul className="list-disc pl-5">
            <li><a href="#field-file" className="text-red-900 underline">{error ? error.split("\n")[0] : refused.message}</a></li>
          </ul>
        </div>
      ) : null}
      <div>
        <FieldLabel htmlFor="field-file" required>{t("file")}</FieldLabel>
        <FieldHint id="field-file-hint">{t("fileHint")}</FieldHint>
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".txt,text/plain"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={["field-file-hint", error ? "field-file-error" : null].filter(Boolean).join(" ")}
          className={controlClass(Boolean(error))}
        />
        {error ? (
          <div id="field-file-error" className="mt-1 whitespace-pre-line text-sm font-semibold text-red-800">{error}</div>
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>{pending ? t("importing") : t("submit")}</Button>
    </form>
  );
}
