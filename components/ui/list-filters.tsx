import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { FilterPanel } from "@/components/ui/filter-panel";
import { FILTER_CONTROL, FILTER_LABEL } from "@/components/ui/filter-classes";

export type FilterOption = { value: string | number; label: string };

type FieldBase = {
  name: string;
  label: string;
  /** The value the list was filtered by ("" or undefined: none). */
  value?: string | number | null;
  hint?: string;
  /** Takes two columns of the grid from the small breakpoint up (search boxes). */
  wide?: boolean;
};

export type FilterField =
  | (FieldBase & { kind: "search" | "date" | "text" })
  | (FieldBase & {
      kind: "select";
      options: readonly FilterOption[];
      /** The first option, meaning "no filter" (value ""); omit when every option is a real choice. */
      any?: string;
    })
  | (FieldBase & { kind: "checkbox" });

const GRID = {
  3: "grid gap-4 sm:grid-cols-3",
  4: "grid gap-4 sm:grid-cols-2 lg:grid-cols-4",
  5: "grid gap-4 sm:grid-cols-2 lg:grid-cols-5",
  "3-wide": "grid gap-4 sm:grid-cols-2 lg:grid-cols-3",
} as const;

/**
 * The plain GET filter form above a list: every filter lives in the URL, so a filtered list can
 * be bookmarked, shared and exported as it stands, and the form works without JavaScript. On a
 * phone it sits behind the "Filtrovat" disclosure (FilterPanel).
 */
export async function ListFilters({
  action,
  legend,
  fields,
  columns = 4,
  hidden = {},
  applyLabel,
  resetLabel,
}: {
  action: string;
  legend: string;
  fields: readonly FilterField[];
  columns?: keyof typeof GRID;
  /** Filters the form does not show but must keep (e.g. a figure's cut-off date). */
  hidden?: Record<string, string | undefined>;
  applyLabel: string;
  /** Shown as a link back to the unfiltered list when given. */
  resetLabel?: string;
}) {
  const t = await getTranslations("filters");
  const idOf = (name: string) => `filter-${name}`;
  return (
    <FilterPanel label={t("toggle")}>
      <form method="get" action={action} className="rounded border border-slate-300 bg-white p-4">
        <fieldset>
          <legend className="mb-3 text-lg font-bold text-slate-900">{legend}</legend>
          <div className={GRID[columns]}>
            {fields
              .filter((f) => f.kind !== "checkbox")
              .map((f) => (
                <div key={f.name} className={f.wide ? "sm:col-span-2" : undefined}>
                  <label htmlFor={idOf(f.name)} className={FILTER_LABEL}>{f.label}</label>
                  <FilterControl field={f} id={idOf(f.name)} />
                  {f.hint ? <p id={`${idOf(f.name)}-hint`} className="mt-1 text-sm text-slate-700">{f.hint}</p> : null}
                </div>
              ))}
          </div>
          {fields
            .filter((f) => f.kind === "checkbox")
            .map((f) => (
              <div key={f.name} className="mt-3 flex items-center gap-3">
                <input id={idOf(f.name)} name={f.name} type="checkbox" value="1" defaultChecked={String(f.value ?? "") === "1"} className="size-5 accent-blue-800" />
                <label htmlFor={idOf(f.name)} className="font-semibold text-slate-900">{f.label}</label>
              </div>
            ))}
          {Object.entries(hidden).map(([name, value]) =>
            value ? <input key={name} type="hidden" name={name} value={value} /> : null,
          )}
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="submit" className={buttonClass("primary")}>{applyLabel}</button>
            {resetLabel ? <Link href={action} className={buttonClass("secondary")}>{resetLabel}</Link> : null}
          </div>
        </fieldset>
      </form>
    </FilterPanel>
  );
}

function FilterControl({ field, id }: { field: FilterField; id: string }) {
  const common = {
    id,
    name: field.name,
    defaultValue: field.value == null ? "" : String(field.value),
    className: FILTER_CONTROL,
    "aria-describedby": field.hint ? `${id}-hint` : undefined,
  };
  if (field.kind === "select") {
    return (
      <select {...common}>
        {field.any !== undefined ? <option value="">{field.any}</option> : null}
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    );
  }
  return <input {...common} type={field.kind === "text" ? undefined : field.kind} />;
}
