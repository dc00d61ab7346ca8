"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/**
 * An unexpected failure: a calm message and a way on, never the error's text or stack (in
 * production Next sends only a digest, which we show so support can find the server log line).
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors");
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="mb-4 text-3xl font-bold text-slate-900">{t("errorTitle")}</h1>
      <p className="mb-4 text-slate-800">{t("errorText")}</p>
      {digest ? <p className="mb-6 text-sm text-slate-700">{t("errorReference", { digest })}</p> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button onClick={() => retry()}>{t("retry")}</Button>
        <Link href="/" className="font-semibold">
          {t("goHome")}
        </Link>
      </div>
    </div>
  );
}
