import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "./cx";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-blue-800 text-white hover:bg-blue-900 border-blue-800",
  secondary: "bg-white text-slate-900 hover:bg-slate-100 border-slate-500",
  danger: "bg-red-700 text-white hover:bg-red-800 border-red-700",
  ghost: "bg-transparent text-inherit hover:underline border-transparent",
};

const BASE =
  "inline-flex items-center justify-center gap-2 rounded border px-4 py-2 text-sm font-semibold no-underline " +
  "disabled:cursor-not-allowed disabled:opacity-70";

export function buttonClass(variant: Variant = "primary", className?: string) {
  return cx(BASE, VARIANTS[variant], className);
}

export function Button({
  variant = "primary",
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: Variant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/** A link that looks like a button: for navigation ("Nový uživatel"), never for actions. */
export function ButtonLink({
  variant = "primary",
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
