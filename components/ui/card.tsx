import type { ReactNode } from "react";

export function Card({ title, children, headingLevel = 2 }: { title: ReactNode; children: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="min-w-0 rounded border border-slate-300 bg-white p-5 shadow-sm">
      <Heading className="mb-2 text-lg font-bold text-slate-900">{title}</Heading>
      <div className="text-slate-800">{children}</div>
    </section>
  );
}
