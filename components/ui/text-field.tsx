import type { ComponentProps } from "react";
import { controlProps, FieldFrame, fieldIds, type FieldProps } from "./field";

type Props = FieldProps & Omit<ComponentProps<"input">, "name" | "id" | "required">;

export function TextField({ name, label, id, hint, error, required, className, type = "text", ...input }: Props) {
  const f = fieldIds({ id, name, hint, error });
  return (
    <FieldFrame ids={f} label={label} hint={hint} required={required} className={className}>
      <input name={name} type={type} required={required} {...controlProps(f)} {...input} />
    </FieldFrame>
  );
}
