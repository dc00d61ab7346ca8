import type { ReactNode } from "react";

/**
 * The form-level outcome. Errors use role="alert" so a screen reader announces them as soon as
 * they appear; a success is a polite status.
 */
export function FormError({ message, children }: { message?: string | null; children?: ReactNode }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{message}</p>
      {children}
    </div>
  );
}

export function StatusMessage({ message }: { message?: string | null }) {
  return (
    <div role="status" className={message ? "rounded border-2 border-green-700 bg-green-50 p-3 text-green-900" : undefined}>
      {message ? <p className="font-semibold">{message}</p> : null}
    </div>
  );
}
