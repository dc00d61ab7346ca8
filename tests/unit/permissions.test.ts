import { describe, expect, it } from "vitest";
import { can, isDepartmentScoped, PERMISSION_NAMES, ROLES, type Permission, type Role } from "@/lib/permissions";

/**
 * docs/ARCHITECTURE.md, "Permissions", written out by hand rather than derived from PERMISSIONS, so that a change to the
 * matrix has to be made twice, on purpose. "own" = staff, only for their department's records.
 */
type Cell = "yes" | "no" | "own";
const EXPECTED: Record<Permission, Record<Role, Cell>> = {
  "registry.read": { admin: "yes", coordinator: "yes", staff: "yes", manager: "yes", auditor: "yes" },
  "registry.write": { admin: "yes", coordinator: "yes", staff: "no", manager: "no", auditor: "no" },
  "meetings.write": { admin: "yes", coordinator: "yes", staff: "own", manager: "no", auditor: "no" },
  "assessments.write": { admin: "yes", coordinator: "no", staff: "no", manager: "yes", auditor: "no" },
  "assessments.approve": { admin: "yes", coordinator: "no", staff: "no", manager: "yes", auditor: "no" },
  "rules.write": { admin: "yes", coordinator: "yes", staff: "no", manager: "no", auditor: "no" },
  "records.export": { admin: "yes", coordinator: "yes", staff: "no", manager: "yes", auditor: "yes" },
  "audit.read": { admin: "yes", coordinator: "no", staff: "no", manager: "no", auditor: "yes" },
  "users.manage": { admin: "yes", coordinator: "no", staff: "no", manager: "no", auditor: "no" },
  "rates.import": { admin: "yes", coordinator: "yes", staff: "no", manager: "no", auditor: "no" },
  "councilReport.generate": { admin: "yes", coordinator: "yes", staff: "no", manager: "yes", auditor: "no" },
  "councilReport.read": { admin: "yes", coordinator: "yes", staff: "yes", manager: "yes", auditor: "yes" },
  "reminders.own": { admin: "yes", coordinator: "yes", staff: "yes", manager: "yes", auditor: "yes" },
  "password.own": { admin: "yes", coordinator: "yes", staff: "yes", manager: "yes", auditor: "yes" },
  "mail.read": { admin: "yes", coordinator: "no", staff: "no", manager: "no", auditor: "no" },
};

const cells = (Object.keys(EXPECTED) as Permission[]).flatMap((permission) =>
  (Object.keys(EXPECTED[permission]) as Role[]).map((role) => ({ permission, role, cell: EXPECTED[permission][role] })),
);

describe("permission matrix (docs/ARCHITECTURE.md, Permissions)", () => {
  it("covers exactly the five roles and every permission", () => {
    expect([...ROLES].sort()).toEqual(["admin", "auditor", "coordinator", "manager", "staff"]);
    expect([...PERMISSION_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(cells).toHaveLength(5 * Object.keys(EXPECTED).length);
  });

  it.each(cells)("$role / $permission → $cell", ({ role, permission, cell }) => {
    expect(can(role, permission)).toBe(cell !== "no");
    expect(isDepartmentScoped(role, permission)).toBe(cell === "own");
  });

  it("denies a permission it does not know", () => {
    expect(can("admin", "no.such.permission" as Permission)).toBe(false);
    expect(isDepartmentScoped("staff", "no.such.permission" as Permission)).toBe(false);
  });
});
