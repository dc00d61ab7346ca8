import type { ComponentProps } from "react";
import { controlClass, FieldError, FieldHint, fieldIds, FieldLabel, type FieldProps } from "./field";

type Props = FieldProps & Omit<ComponentProps<"input">, "name" | "id" | "required">;

export function TextField({ name, label, id, hint, error, required, className, type = "text", ...input }: Props) {
  const f = fieldIds({ id, name, hint, error });
  return (
    <div className={className}>
      <FieldLabel htmlFor={f.id} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <input
        id={f.id}
        name={name}
        type={type}
        required={required}
        aria-invalid={f.message ? true : undefined}
        aria-describedby={f.describedBy}
        className={controlClass(Boolean(f.message))}
        {...input}
      />
      <FieldError id={f.errorId} message={f.message} />
    </div>
  );
}
