import type { Role } from "@/lib/permissions";

/**
 * The demo accounts, one per role (two managers, so that one can approve the other's assessment). Seeded only with `demo` (the embedded database on first start,
 * `npm run db:seed -- --demo`); README and e2e tests sign in with exactly these. The passwords are
 * public by design: never seed them into a production database.
 */
export const DEMO_USERS = [
  { email: "admin@praha.example", password: "Registr-Admin-2026", name: "Alžběta Správcová", role: "admin", departmentCode: null },
  { email: "koordinator@praha.example", password: "Registr-Koord-2026", name: "Kamil Koordinátor", role: "coordinator", departmentCode: null, personEmail: "kamil.koordinator.demo@praha.eu" },
  { email: "dop@praha.example", password: "Registr-Dop-2026", name: "Dana Dopravní", role: "staff", departmentCode: "DOP", personEmail: "dana.dopravni.demo@praha.eu" },
  { email: "manazer@praha.example", password: "Registr-Manazer-2026", name: "Miroslav Manažer", role: "manager", departmentCode: null },
  // A second manager: an assessment is approved by a manager other than its author.
  { email: "manazer2@praha.example", password: "Registr-Manazer2-2026", name: "Markéta Moderátorová", role: "manager", departmentCode: null },
  { email: "auditor@praha.example", password: "Registr-Auditor-2026", name: "Anna Auditorová", role: "auditor", departmentCode: null },
] as const satisfies readonly {
  email: string;
  password: string;
  name: string;
  role: Role;
  departmentCode: string | null;
  /** The demo person (lib/seed/demo-data.ts, by e-mail) the account belongs to. */
  personEmail?: string;
}[];

export type DemoUser = (typeof DEMO_USERS)[number];
