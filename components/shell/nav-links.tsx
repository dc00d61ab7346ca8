"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, useSyncExternalStore } from "react";

export type NavItem = { href: string; label: string };

const subscribeNever = () => () => {};

/**
 * The service navigation. The current section is marked with aria-current, not only with colour.
 * On small screens it collapses behind a "Menu" button (a disclosure, GOV.UK service navigation);
 * until the script runs the list stays open, so it works without JavaScript too.
 */
export function NavLinks({ items, menuLabel }: { items: readonly NavItem[]; menuLabel: string }) {
  const pathname = usePathname();
  // False in the server's HTML and while hydrating, true once the script runs.
  const enhanced = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  // A click in the menu opens another page: the menu closes with it.
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }
  return (
    <>
      {enhanced ? (
        <button
          type="button"
          aria-expanded={open}
          aria-controls="service-navigation-list"
          onClick={() => setOpen((o) => !o)}
          className="my-1 flex items-center gap-2 px-3 py-2 font-semibold text-blue-900 underline md:hidden"
        >
          {menuLabel}
          <span aria-hidden="true">{open ? "▲" : "▼"}</span>
        </button>
      ) : null}
      <ul
        id="service-navigation-list"
        className={"flex-col gap-0 md:flex md:flex-row md:flex-wrap md:gap-1 " + (enhanced && !open ? "hidden" : "flex")}
      >
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={
                  "block border-l-4 px-3 py-2 font-semibold text-slate-900 hover:bg-slate-200 md:border-b-4 md:border-l-0 " +
                  (current ? "border-blue-800" : "border-transparent")
                }
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
