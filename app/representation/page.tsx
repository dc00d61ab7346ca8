import { getTranslations } from "next-intl/server";
import { RepresentationMatrix } from "@/components/representation/matrix";
import { ButtonLink } from "@/components/ui/button";
import { ListFilters } from "@/components/ui/list-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { exportHrefForList } from "@/lib/exports/lists";
import { can } from "@/lib/permissions";
import { getRepresentationMatrix, matrixParamsSchema } from "@/lib/representation/queries";
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
      <ListFilters
        action="/representation"
        legend={t("legend")}
        applyLabel={t("apply")}
        columns={3}
        hidden={{ organisation: params.organisation }}
        fields={[
          { kind: "search", name: "q", label: t("q"), value: params.q, wide: true },
          { kind: "date", name: "asOf", label: t("asOf"), value: matrix.asOf },
          { kind: "checkbox", name: "all", label: t("all"), value: params.all },
        ]}
      />
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
