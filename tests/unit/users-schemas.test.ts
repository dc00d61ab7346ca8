import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { toFieldErrors } from "@/lib/validation";
import { createUserSchema, resetPasswordSchema, STAFF_NEEDS_DEPARTMENT, updateUserSchema } from "@/lib/users/schemas";

const DEPT = "6f1c2a9e-3b4d-4c5e-8f70-123456789abc";
const ID = "0b7e4a2c-1d3f-4e5a-9b6c-abcdefabcdef";
const PASSWORD = "x".repeat(PASSWORD_MIN_LENGTH);

function errorsOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const r = schema.safeParse(input);
  if (r.success) return {};
  return toFieldErrors(r.error as Parameters<typeof toFieldErrors>[0]);
}

describe("createUserSchema", () => {
  const valid = { name: "  Jana Nováková ", email: "Jana.Novakova@Praha.EU ", role: "coordinator", departmentId: "", password: PASSWORD };

  it("accepts a complete form, trimming the name and lower-casing the e-mail", () => {
    const r = createUserSchema.parse(valid);
    expect(r).toEqual({ name: "Jana Nováková", email: "jana.novakova@praha.eu", role: "coordinator", departmentId: null, personId: null, password: PASSWORD });
  });

  it("accepts staff with a department", () => {
    expect(createUserSchema.parse({ ...valid, role: "staff", departmentId: DEPT }).departmentId).toBe(DEPT);
  });

  it("requires a department for department staff", () => {
    expect(errorsOf(createUserSchema, { ...valid, role: "staff" })).toEqual({ departmentId: [STAFF_NEEDS_DEPARTMENT] });
  });

  it("words every error in Czech next to its field", () => {
    const e = errorsOf(createUserSchema, { name: " ", email: "nope", role: "boss", departmentId: "x", password: "short" });
    expect(e.name).toEqual(["Zadejte jméno uživatele."]);
    expect(e.email).toEqual(["Zadejte platný e-mail, např. jana.novakova@praha.eu."]);
    expect(e.role).toEqual(["Vyberte prosím roli ze seznamu."]);
    expect(e.departmentId).toEqual(["Vyberte prosím odbor ze seznamu."]);
    expect(e.password).toEqual([`Heslo musí mít alespoň ${PASSWORD_MIN_LENGTH} znaků.`]);
  });

  it("reports missing fields as missing, not as a type error", () => {
    const e = errorsOf(createUserSchema, {});
    expect(Object.keys(e).sort()).toEqual(["email", "name", "role"]);
  });

  it("takes no password at all (the account gets a set-password link), but refuses a typed bad one", () => {
    expect(createUserSchema.parse({ ...valid, password: "" }).password).toBeUndefined();
    expect(errorsOf(createUserSchema, { ...valid, password: "krátké" }).password).toEqual([
      `Heslo musí mít alespoň ${PASSWORD_MIN_LENGTH} znaků.`,
    ]);
  });

  it("refuses a password of spaces and an absurdly long one", () => {
    expect(errorsOf(createUserSchema, { ...valid, password: " ".repeat(PASSWORD_MIN_LENGTH) }).password).toEqual([
      "Heslo nesmí být jen z mezer.",
    ]);
    expect(errorsOf(createUserSchema, { ...valid, password: "a".repeat(257) }).password).toEqual([
      "Heslo může mít nejvýše 256 znaků.",
    ]);
  });

  it("accepts every role of the database enum and nothing else", () => {
    for (const role of ["admin", "coordinator", "staff", "manager", "auditor"]) {
      expect(createUserSchema.safeParse({ ...valid, role, departmentId: DEPT }).success).toBe(true);
    }
    expect(createUserSchema.safeParse({ ...valid, role: "root" }).success).toBe(false);
  });
});

describe("updateUserSchema", () => {
  const valid = { id: ID, version: "3", name: "Petr Svoboda", role: "manager", departmentId: "", active: "on" };

  it("reads the version as a number and the checkbox as a boolean", () => {
    expect(updateUserSchema.parse(valid)).toEqual({ id: ID, version: 3, name: "Petr Svoboda", role: "manager", departmentId: null, personId: null, active: true });
    const { active: _omitted, ...unchecked } = valid;
    expect(updateUserSchema.parse(unchecked).active).toBe(false);
  });

  it("refuses a form without its version, in Czech", () => {
    const { version: _omitted, ...noVersion } = valid;
    expect(errorsOf(updateUserSchema, noVersion).version).toEqual(["Chybí verze záznamu. Načtěte stránku znovu."]);
  });

  it("refuses a malformed id", () => {
    expect(errorsOf(updateUserSchema, { ...valid, id: "1" }).id).toEqual(["Chybí identifikátor uživatele. Načtěte stránku znovu."]);
  });

  it("requires a department for department staff here too", () => {
    expect(errorsOf(updateUserSchema, { ...valid, role: "staff" })).toEqual({ departmentId: [STAFF_NEEDS_DEPARTMENT] });
  });
});

describe("resetPasswordSchema", () => {
  it("accepts a long enough password", () => {
    expect(resetPasswordSchema.parse({ id: ID, password: PASSWORD })).toEqual({ id: ID, password: PASSWORD });
  });

  it("refuses a short one with the minimum in the message", () => {
    expect(errorsOf(resetPasswordSchema, { id: ID, password: "abc" }).password).toEqual([
      `Heslo musí mít alespoň ${PASSWORD_MIN_LENGTH} znaků.`,
    ]);
  });
});
