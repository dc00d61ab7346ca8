"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

/** The current section is marked with aria-current, not only with colour. */
export function NavLinks({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={
                "block border-b-4 px-3 py-2 font-semibold text-slate-900 hover:bg-slate-200 " +
                (current ? "border-blue-800" : "border-transparent")
              }
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
