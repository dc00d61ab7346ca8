import { ROLES } from "@/lib/enums";

/**
 * The permission matrix of docs/ARCHITECTURE.md, "Permissions": roles × actions, deny by default. The one module every
 * check goes through (pages, queries, mutations, exports); the proxy and hidden buttons are
 * only conveniences on top of it.
 */
export { ROLES };
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** Read the registry, meetings and dashboards. */
  "registry.read": ["admin", "coordinator", "staff", "manager", "auditor"],
  /** Write organisations, bodies, memberships, fees, people, representations. */
  "registry.write": ["admin", "coordinator"],
  /** Write meetings, attendance and trip reports; staff only within their department's scope. */
  "meetings.write": ["admin", "coordinator", "staff"],
  "assessments.write": ["admin", "manager"],
  /** Approve or return another manager's assessment (never one's own: checked in the mutation). */
  "assessments.approve": ["admin", "manager"],
  /** Import and maintain council decisions and the statutes' notice rules. */
  "rules.write": ["admin", "coordinator"],
  "records.export": ["admin", "coordinator", "manager", "auditor"],
  "audit.read": ["admin", "auditor"],
  "users.manage": ["admin"],
  /** Import the Czech National Bank's exchange rates (a file, a URL, the daily fetch). */
  "rates.import": ["admin", "coordinator"],
  /** Write the yearly council report's texts, generate it and finalise it. */
  "councilReport.generate": ["admin", "coordinator", "manager"],
  /** Download a final council report and the open data. */
  "councilReport.read": ["admin", "coordinator", "staff", "manager", "auditor"],
  /** One's own reminder preferences. */
  "reminders.own": ["admin", "coordinator", "staff", "manager", "auditor"],
  /** Set one's own password through a one-time link (lib/users/set-password.ts). */
  "password.own": ["admin", "coordinator", "staff", "manager", "auditor"],
  /** The mail outbox and the log of notifications sent. */
  "mail.read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** Permissions a role holds only for what its department represents (docs/ARCHITECTURE.md, "Permissions"). */
const DEPARTMENT_SCOPED: Partial<Record<Role, readonly Permission[]>> = {
  staff: ["meetings.write"],
};

/** The signed-in user as every check sees them: re-read from the database on each request. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
};

export function can(role: Role, permission: Permission): boolean {
  const allowed: readonly Role[] | undefined = PERMISSIONS[permission];
  return allowed?.includes(role) ?? false;
}

/**
 * True when the role holds the permission only within its department's scope, so the caller
 * must also check the record against the department's representations on the relevant date.
 */
export function isDepartmentScoped(role: Role, permission: Permission): boolean {
  return DEPARTMENT_SCOPED[role]?.includes(permission) ?? false;
}
