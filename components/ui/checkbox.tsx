import type { ComponentProps } from "react";
import { FieldError, fieldIds, type FieldProps } from "./field";
import { cx } from "./cx";

type Props = FieldProps & Omit<ComponentProps<"input">, "name" | "id" | "type" | "required">;

export function Checkbox({ name, label, id, hint, error, required, className, ...input }: Props) {
  const f = fieldIds({ id, name, hint, error });
  return (
    <div className={cx("flex items-start gap-3", className)}>
      <input
        id={f.id}
        name={name}
        type="checkbox"
        required={required}
        aria-invalid={f.message ? true : undefined}
        aria-describedby={f.describedBy}
        className="mt-1 size-5 shrink-0 accent-blue-800"
        {...input}
      />
      <div>
        <label htmlFor={f.id} className="font-semibold text-slate-900">
          {label}
        </label>
        {f.hintId ? (
          <p id={f.hintId} className="text-sm text-slate-700">
            {hint}
          </p>
        ) : null}
        <FieldError id={f.errorId} message={f.message} />
      </div>
    </div>
  );
}
