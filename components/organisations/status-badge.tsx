import { getTranslations } from "next-intl/server";
import type { MembershipState } from "@/lib/organisations/status";

// Each status its own colour *and* its own words; colour is never the only signal.
const STYLE: Record<MembershipState, string> = {
  full: "bg-green-100 text-green-900 border-green-700",
  observer: "bg-amber-50 text-amber-900 border-amber-700",
  associate: "bg-sky-50 text-sky-900 border-sky-700",
  via_state: "bg-violet-50 text-violet-900 border-violet-700",
  ended: "bg-slate-100 text-slate-800 border-slate-500",
  none: "bg-white text-slate-800 border-slate-400",
};

export async function StatusBadge({ status }: { status: MembershipState }) {
  const t = await getTranslations("enums.membershipStatus");
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}>
      {t(status)}
    </span>
  );
}
