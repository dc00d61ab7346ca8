import type { ComponentProps } from "react";
import { controlClass, FieldError, FieldHint, fieldIds, FieldLabel, type FieldProps } from "./field";

type Props = FieldProps & Omit<ComponentProps<"textarea">, "name" | "id" | "required">;

export function TextArea({ name, label, id, hint, error, required, className, ...textarea }: Props) {
  const f = fieldIds({ id, name, hint, error });
  return (
    <div className={className}>
      <FieldLabel htmlFor={f.id} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <textarea
        id={f.id}
        name={name}
        required={required}
        aria-invalid={f.message ? true : undefined}
        aria-describedby={f.describedBy}
        className={controlClass(Boolean(f.message))}
        {...textarea}
      />
      <FieldError id={f.errorId} message={f.message} />
    </div>
  );
}
