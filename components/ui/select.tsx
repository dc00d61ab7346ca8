import type { ComponentProps } from "react";
import { controlProps, FieldFrame, fieldIds, type FieldProps } from "./field";

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
    <FieldFrame ids={f} label={label} hint={hint} required={required} className={className}>
      <select name={name} required={required} {...controlProps(f)} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
