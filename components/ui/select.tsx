import type { ComponentProps } from "react";
import { controlClass, FieldError, FieldHint, fieldIds, FieldLabel, type FieldProps } from "./field";

export type SelectOption = { value: string; label: string };

type Props = FieldProps &
  Omit<ComponentProps<"select">, "name" | "id" | "required" | "children"> & {
    options: readonly SelectOption[];
    /** A first option with value "" (e.g. "— vyberte —" or "— bez odboru —"). */
    placeholder?: string;
  };

export function Select({ name, label, id, hint, error, required, className, options, placeholder, ...select }: Props) {
  const f = fieldIds({ id, name, hint, error });
  return (
    <div className={className}>
      <FieldLabel htmlFor={f.id} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <select
        id={f.id}
        name={name}
        required={required}
        aria-invalid={f.message ? true : undefined}
        aria-describedby={f.describedBy}
        className={controlClass(Boolean(f.message))}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={f.errorId} message={f.message} />
    </div>
  );
}
