"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, startTransition, type FormEvent } from "react";
import { randomUuid, SUBMISSION_FIELD } from "@/lib/form-token";
import type { FormState } from "@/lib/form-state";

export type { FormState };

/**
 * A form bound to a server action with useActionState. With JS the submit is sent in a
 * transition without React's automatic form reset (a refused form keeps its input); without JS
 * the same action still receives the plain POST. After a refusal, focus moves to the error
 * summary (GOV.UK pattern: it lists each problem as a link to its field), or to the first invalid
 * field of a form that has none, and the page's title starts with "Chyba: " while errors show.
 *
 * Each filled-in form is sent with one random submission id, kept across refusals and retries and
 * renewed after a success: the write path saves a form with the same id only once, so a double
 * click or a resent request does not create a second record.
 */
export function useActionForm(action: (state: FormState, formData: FormData) => Promise<FormState>) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const submissionId = useRef<string | null>(null);
  const t = useTranslations("feedback");
  const errorPrefix = t("titlePrefix");

  useEffect(() => {
    if (state?.ok) submissionId.current = null;
    if (!state || state.ok) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>("[data-error-summary]") ??
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[role="alert"]');
    if (target && !target.matches("input,select,textarea,button")) target.tabIndex = -1;
    target?.focus();
    const original = document.title;
    if (!original.startsWith(errorPrefix)) document.title = errorPrefix + original;
    return () => {
      if (document.title.startsWith(errorPrefix)) document.title = document.title.slice(errorPrefix.length);
    };
  }, [state, errorPrefix]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button pressed is part of the answer ("Uložit a zapsat zprávu z cesty" sends next=report).
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    submissionId.current ??= randomUuid();
    formData.set(SUBMISSION_FIELD, submissionId.current);
    startTransition(() => formAction(formData));
  };

  return { state, formAction, pending, formRef, onSubmit };
}
