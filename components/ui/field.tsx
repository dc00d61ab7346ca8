import type { ReactNode } from "react";
import { cx } from "./cx";

/**
 * Shared wiring of a form field: the label, an optional hint and the error next to the field,
 * both tied to the control through aria-describedby so a screen reader reads them with it.
 */
export type FieldProps = {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  /** The field's messages from the server; the first one is shown. */
  error?: string | readonly string[];
  required?: boolean;
};

export function fieldIds(props: Pick<FieldProps, "id" | "name" | "hint" | "error">) {
  const id = props.id ?? `field-${props.name}`;
  const message = firstError(props.error);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  return {
    id,
    message,
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined,
  };
}

export function firstError(error: string | readonly string[] | undefined): string | undefined {
  return typeof error === "string" ? error : error?.[0];
}

export const CONTROL =
  "block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 " +
  "aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";

export function controlClass(invalid: boolean, className?: string) {
  return cx(CONTROL, invalid ? "border-red-700" : "border-slate-600", className);
}

/**
 * The asterisk sits outside the <label>, so the field's accessible name is exactly its label
 * ("E-mail", not "E-mail *"); `required` on the control tells assistive technology the rest.
 */
export function FieldLabel({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="mb-1">
      <label htmlFor={htmlFor} className="font-semibold text-slate-900">
        {children}
      </label>
      {required ? (
        <span className="ml-1 font-semibold text-red-800" aria-hidden="true">
          *
        </span>
      ) : null}
    </div>
  );
}

export function FieldHint({ id, children }: { id?: string; children: ReactNode }) {
  if (!id) return null;
  return (
    <p id={id} className="mb-1 text-sm text-slate-700">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!id || !message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      {message}
    </p>
  );
}

/** Label, hint, the control, then its error: the frame every single-control field shares. */
export function FieldFrame({
  ids,
  label,
  hint,
  required,
  className,
  children,
}: {
  ids: ReturnType<typeof fieldIds>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <FieldLabel htmlFor={ids.id} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      {children}
      <FieldError id={ids.errorId} message={ids.message} />
    </div>
  );
}

/** The attributes that tie a control to its label, hint and error. */
export function controlProps(ids: ReturnType<typeof fieldIds>) {
  return {
    id: ids.id,
    "aria-invalid": ids.message ? true : undefined,
    "aria-describedby": ids.describedBy,
    className: controlClass(Boolean(ids.message)),
  } as const;
}
