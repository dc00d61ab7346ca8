import { getTranslations } from "next-intl/server";
import { RepresentationMatrix } from "@/components/representation/matrix";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { FilterPanel } from "@/components/ui/filter-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { exportHrefForList } from "@/lib/exports/lists";
import { can } from "@/lib/permissions";
import { getRepresentationMatrix, matrixParamsSchema } from "@/lib/representation/queries";
import { FILTER_CONTROL as CONTROL, FILTER_LABEL as LABEL } from "@/components/ui/filter-classes";
import { firstSearchParams } from "@/lib/url-state";

export async function generateMetadata() {
  const t = await getTranslations("people.matrix");
  return { title: t("title") };
}

export default async function RepresentationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("registry.read", "/representation");
  const raw = await firstSearchParams(searchParams);
  const params = matrixParamsSchema.parse(raw);
  const [matrix, t, tp, tx, tf] = await Promise.all([
    getRepresentationMatrix(actor, { q: params.q, asOf: params.asOf, all: params.all === "1", organisation: params.organisation, page: params.page }),
    getTranslations("people.matrix"),
    getTranslations("people"),
    getTranslations("audit.exports.fromList"),
    getTranslations("figureLists"),
  ]);
  const editable = can(actor.role, "registry.write");
  const pageCount = Math.max(1, Math.ceil(matrix.total / matrix.pageSize));
  const href = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, page })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/representation?${q.toString()}`;
  };

  const tfilter = await getTranslations("filters");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ButtonLink href="/people" variant="secondary">{tp("title")}</ButtonLink>
            <ButtonLink href="/departments" variant="secondary">{t("departments")}</ButtonLink>
            {can(actor.role, "records.export") ? (
              <ButtonLink href={exportHrefForList("representation", params)} variant="secondary">{tx("action")}</ButtonLink>
            ) : null}
          </>
        }
      />
      <FilterPanel label={tfilter("toggle")}>
        <form method="get" action="/representation" className="rounded border border-slate-300 bg-white p-4">
          <fieldset>
            <legend className="mb-3 text-lg font-bold text-slate-900">{t("legend")}</legend>
            <div className="grid gap-4 sm:grid-cols-3">
              <div className="sm:col-span-2">
                <label htmlFor="m-q" className={LABEL}>{t("q")}</label>
                <input id="m-q" name="q" type="search" defaultValue={params.q ?? ""} className={CONTROL} />
              </div>
              <div>
                <label htmlFor="m-asOf" className={LABEL}>{t("asOf")}</label>
                <input id="m-asOf" name="asOf" type="date" defaultValue={matrix.asOf} className={CONTROL} />
              </div>
            </div>
            <div className="mt-3 flex items-center gap-3">
              <input id="m-all" name="all" type="checkbox" value="1" defaultChecked={params.all === "1"} className="size-5 accent-blue-800" />
              <label htmlFor="m-all" className="font-semibold text-slate-900">{t("all")}</label>
            </div>
            {params.organisation ? <input type="hidden" name="organisation" value={params.organisation} /> : null}
            <button type="submit" className={`${buttonClass("primary")} mt-4`}>{t("apply")}</button>
          </fieldset>
        </form>
      </FilterPanel>
      <div className="mb-6 rounded border-l-4 border-blue-800 bg-white p-4" data-testid="list-total">
        <p className="text-slate-900">{tf("vacanciesTotal", { count: matrix.vacancies })}</p>
        <p className="text-sm text-slate-800">{tf("vacancyDefinition")}</p>
        {params.organisation ? (
          <a href="/representation" className="text-blue-900 underline">{tf("allOrganisations")}</a>
        ) : null}
      </div>
      {matrix.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noRows")}</p>
      ) : (
        <RepresentationMatrix matrix={matrix} editable={editable} />
      )}
      <Pagination page={matrix.page} pageCount={pageCount} href={href} />
    </>
  );
}
