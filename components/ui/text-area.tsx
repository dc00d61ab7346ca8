import type { ComponentProps } from "react";
import { controlProps, FieldFrame, fieldIds, type FieldProps } from "./field";

type Props = FieldProps & Omit<ComponentProps<"textarea">, "name" | "id" | "required">;

export function TextArea({ name, label, id, hint, error, required, className, ...textarea }: Props) {
  const f = fieldIds({ id, name, hint, error });
  return (
    <FieldFrame ids={f} label={label} hint={hint} required={required} className={className}>
      <textarea name={name} required={required} {...controlProps(f)} {...textarea} />
    </FieldFrame>
  );
}
