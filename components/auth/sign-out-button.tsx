"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/**
 * Signs out (next-auth clears the cookie; the server moves the user's session version on, so
 * every other copy of the session ends too) and goes to the sign-in page with a full load.
 * Styled for the dark header.
 */
export function SignOutButton() {
  const t = useTranslations("signin");
  const [pending, setPending] = useState(false);

  async function onClick() {
    setPending(true);
    try {
      await signOut({ redirect: false });
    } finally {
      // A full load on purpose, not router.push: it drops the client router cache, which still
      // holds pages rendered for the user who just left.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/signin");
    }
  }

  return (
    <button
      type="button"
      onClick={onClick}
      disabled={pending}
      className="rounded border border-slate-300 px-3 py-1 text-sm font-semibold text-white hover:bg-slate-800 disabled:opacity-70"
    >
      {pending ? t("signingOut") : t("signOut")}
    </button>
  );
}
