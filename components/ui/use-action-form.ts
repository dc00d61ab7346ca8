"use client";

import { useActionState, useEffect, useRef, startTransition, type FormEvent } from "react";
import { randomUuid, SUBMISSION_FIELD } from "@/lib/form-token";
import type { FormState } from "@/lib/form-state";

export type { FormState };

/**
 * A form bound to a server action with useActionState. With JS the submit is sent in a
 * transition without React's automatic form reset (a refused form keeps its input); without JS
 * the same action still receives the plain POST. After a refusal, focus moves to the first
 * invalid field, or to the alert, so keyboard and screen-reader users land on the problem.
 *
 * Each filled-in form is sent with one random submission id, kept across refusals and retries and
 * renewed after a success: the write path saves a form with the same id only once, so a double
 * click or a resent request does not create a second record.
 */
export function useActionForm(action: (state: FormState, formData: FormData) => Promise<FormState>) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const submissionId = useRef<string | null>(null);

  useEffect(() => {
    if (state?.ok) submissionId.current = null;
    if (!state || state.ok) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    if (target && !target.matches("input,select,textarea,button")) target.tabIndex = -1;
    target?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    submissionId.current ??= randomUuid();
    formData.set(SUBMISSION_FIELD, submissionId.current);
    startTransition(() => formAction(formData));
  };

  return { state, formAction, pending, formRef, onSubmit };
}
