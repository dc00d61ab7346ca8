"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/form-state";

type Link = NonNullable<NonNullable<FormState>["setPasswordLink"]>;

/**
 * The one time a set-password link is on screen: in a read-only field to copy from, with its
 * expiry and whether it was mailed. Focus moves here, as to a notification banner.
 */
export function SetPasswordLinkPanel({ link, fresh }: { link: Link; fresh: boolean }) {
  const t = useTranslations("users.link");
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [link.url]);
  const until = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "cs-CZ", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Prague",
  }).format(new Date(link.expiresAt));
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-labelledby="set-password-link-heading"
      className="max-w-xl rounded border-4 border-green-700 bg-white p-4 text-slate-900"
    >
      <h2 id="set-password-link-heading" className="text-xl font-bold">{t("title")}</h2>
      <p className="mt-2">{fresh ? t("intro", { email: link.email }) : t("introNew", { email: link.email })}</p>
      <label htmlFor="set-password-link" className="sr-only">{t("title")}</label>
      <input
        id="set-password-link"
        data-testid="set-password-link"
        readOnly
        value={link.url}
        className="mt-2 w-full rounded border border-slate-600 px-3 py-2 font-mono text-sm"
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="mt-2">{t("validUntil", { date: until })}</p>
      <p className="mt-1">{link.mailed ? t("mailed", { email: link.email }) : t("notMailed")}</p>
    </div>
  );
}
