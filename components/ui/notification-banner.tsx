"use client";

import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FLASH_PARAM, isFlashKey, type FlashKey } from "@/lib/flash";

/**
 * The GOV.UK notification banner ("success") shown once after a save, on the page the save
 * redirected to. The key arrives in the query; the banner keeps it for this path and removes it
 * from the address, so a reload or a shared link does not repeat the confirmation.
 *
 * It also owns focus after a client-side navigation: to the banner when there is one, else to the
 * page's main heading, so a screen-reader or keyboard user starts on the new page, not on <body>.
 */
export function NotificationBanner() {
  const t = useTranslations("feedback");
  const pathname = usePathname();
  const params = useSearchParams();
  const fromUrl = params.get(FLASH_PARAM);
  const [shown, setShown] = useState<{ key: FlashKey; path: string; seq: number } | null>(null);
  const [seenParam, setSeenParam] = useState<string | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  // A new key in the address (each save's redirect brings one) shows the banner again.
  if (fromUrl !== seenParam) {
    setSeenParam(fromUrl);
    if (isFlashKey(fromUrl)) setShown((s) => ({ key: fromUrl, path: pathname, seq: (s?.seq ?? 0) + 1 }));
  }

  useEffect(() => {
    if (!isFlashKey(fromUrl)) return;
    const url = new URL(window.location.href);
    url.searchParams.delete(FLASH_PARAM);
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  }, [fromUrl]);

  const visible = shown && shown.path === pathname ? shown : null;

  useEffect(() => {
    if (visible) {
      bannerRef.current?.focus();
      return;
    }
    if (firstRender.current) return;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading && !heading.contains(document.activeElement)) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [pathname, visible]);

  useEffect(() => {
    firstRender.current = false;
  }, []);

  if (!visible) return null;
  return (
    <div
      ref={bannerRef}
      role="status"
      tabIndex={-1}
      aria-labelledby="notification-banner-title"
      className="mb-6 rounded border-4 border-green-800 bg-white focus:outline-none focus-visible:outline-[3px]"
    >
      <h2 id="notification-banner-title" className="bg-green-800 px-4 py-1 font-semibold text-white">
        {t("success")}
      </h2>
      <p className="px-4 py-3 text-lg font-semibold text-slate-900">{t(`flash.${visible.key}`)}</p>
    </div>
  );
}
