import { getTranslations } from "next-intl/server";
import { can, type Actor, type Permission } from "@/lib/permissions";
import { NavLinks, type NavItem } from "./nav-links";

/**
 * Only the pages that exist and that the role may open. This mirrors the permission matrix for
 * convenience; each page checks the permission itself.
 */
const ITEMS: readonly {
  href: string;
  key: "home" | "organisations" | "people" | "representation" | "meetings" | "fees" | "councilDecisions" | "dashboard" | "exports" | "councilReport" | "audit" | "users" | "outbox";
  permission?: Permission;
}[] = [
  { href: "/", key: "home" },
  { href: "/organizations", key: "organisations", permission: "registry.read" },
  { href: "/people", key: "people", permission: "registry.read" },
  { href: "/representation", key: "representation", permission: "registry.read" },
  { href: "/meetings", key: "meetings", permission: "registry.read" },
  { href: "/fees", key: "fees", permission: "registry.read" },
  { href: "/council-decisions", key: "councilDecisions", permission: "registry.read" },
  { href: "/dashboard", key: "dashboard", permission: "registry.read" },
  { href: "/exports", key: "exports", permission: "records.export" },
  { href: "/reports/council", key: "councilReport", permission: "councilReport.read" },
  { href: "/audit", key: "audit", permission: "audit.read" },
  { href: "/admin/users", key: "users", permission: "users.manage" },
  { href: "/admin/outbox", key: "outbox", permission: "mail.read" },
];

export async function MainNav({ actor }: { actor: Actor }) {
  const t = await getTranslations("nav");
  const items: NavItem[] = ITEMS.filter((i) => !i.permission || can(actor.role, i.permission)).map((i) => ({
    href: i.href,
    label: t(i.key),
  }));
  return (
    <nav aria-label={t("label")} className="border-b border-slate-300 bg-slate-100">
      <div className="mx-auto max-w-[90rem] px-4">
        <NavLinks items={items} menuLabel={t("menu")} />
      </div>
    </nav>
  );
}
