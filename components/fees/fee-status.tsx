import { getTranslations } from "next-intl/server";
import type { FeeDisplayStatus } from "@/lib/fees/status";
import { cx } from "@/components/ui/cx";

const STYLE: Record<FeeDisplayStatus, string> = {
  planned: "border-slate-500 bg-white text-slate-900",
  invoiced: "border-blue-800 bg-blue-50 text-blue-900",
  paid: "border-green-800 bg-green-50 text-green-900",
  waived: "border-slate-500 bg-slate-100 text-slate-800",
  overdue: "border-red-800 bg-red-50 text-red-900 font-bold",
};

/** The status as words (colour only repeats them); "overdue" is derived, never stored. */
export async function FeeStatus({ status }: { status: FeeDisplayStatus }) {
  const t = await getTranslations("enums.feeStatus");
  return (
    <span className={cx("inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm", STYLE[status])}>
      {status === "overdue" ? <span aria-hidden="true">⚠ </span> : null}
      {t(status)}
    </span>
  );
}
