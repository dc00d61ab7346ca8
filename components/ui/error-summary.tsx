"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import type { FormState } from "./use-action-form";

/** The control a field's error is about, in the summary's own form: by its id first, else by its name. */
function findControl(form: HTMLFormElement | null, name: string): HTMLElement | null {
  const scope: ParentNode = form ?? document;
  const byId = scope.querySelector<HTMLElement>(`#${CSS.escape(`field-${name}`)}`);
  if (byId) return byId;
  const named = Array.from(scope.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`)).filter(
    (el) => !(el instanceof HTMLInputElement && el.type === "hidden"),
  );
  return named[0] ?? null;
}

/**
 * The GOV.UK error summary: at the top of a refused form, a heading and each error as a link to
 * its field. Focus moves here (use-action-form), so the list is read first; a link moves focus
 * into the field and scrolls its label into view.
 */
export function ErrorSummary({ refusal }: { refusal: Exclude<FormState, null> | null }) {
  const t = useTranslations("feedback");
  if (!refusal || refusal.ok) return null;
  const entries = Object.entries(refusal.fieldErrors ?? {}).filter(([name, messages]) => name !== "_form" && messages.length);
  const formErrors = refusal.fieldErrors?._form ?? [];
  const onClick = (name: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const control = findControl(event.currentTarget.closest("form"), name);
    if (!control) return;
    event.preventDefault();
    const label = control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
    (label ?? control).scrollIntoView({ block: "start" });
    control.focus({ preventScroll: true });
  };
  return (
    <div
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      data-error-summary=""
      className="rounded border-4 border-red-700 bg-white p-4 focus:outline-none focus-visible:outline-[3px]"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-slate-900">
        {t("errorSummaryTitle")}
      </h2>
      {refusal.message ? <p className="mt-1 text-slate-900">{refusal.message}</p> : null}
      {entries.length || formErrors.length ? (
        <ul className="mt-2 list-none space-y-1">
          {formErrors.map((m) => (
            <li key={m} className="font-semibold text-red-800">
              {m}
            </li>
          ))}
          {entries.map(([name, messages]) => (
            <li key={name}>
              <a href={`#field-${name}`} onClick={onClick(name)} className="font-semibold text-red-800 hover:text-red-950">
                {messages[0]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
