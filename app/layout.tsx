import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";
import { getActor } from "@/lib/auth/session";
import { onDatabaseOutage } from "@/lib/outage";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s – ${t("appName")}` }, description: t("appTagline") };
}

/**
 * The shell of every page. It reads the session (cookies), so every page is rendered per
 * request: nothing here or below touches the database at build time.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // The user is re-read from the database on every page: when it is down, the outage page (503).
  const [locale, t, actor] = await Promise.all([getLocale(), getTranslations("common"), getActor().catch(onDatabaseOutage)]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 bg-white px-4 py-2 font-semibold text-blue-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          {t("skipLink")}
        </a>
        <NextIntlClientProvider>
          <SiteHeader actor={actor} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:shadow-none focus:outline-none">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
