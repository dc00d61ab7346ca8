import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { checkbox, emailField, requiredText, uuidField, versionField, z } from "@/lib/validation";
import { ROLES } from "@/lib/enums";

/**
 * The user-administration forms. Roles come from the database enum, so a role added there
 * is accepted here without a second list to keep in step.
 */

export const roleField = () =>
  z.enum(ROLES, { error: "Vyberte prosím roli ze seznamu." });

/** argon2 hashes anything, but a megabyte "password" is only a way to burn CPU: cap it. */
const PASSWORD_MAX_LENGTH = 256;

export const passwordField = () =>
  z
    .string({ error: "Zadejte heslo." })
    .min(PASSWORD_MIN_LENGTH, `Heslo musí mít alespoň ${PASSWORD_MIN_LENGTH} znaků.`)
    .max(PASSWORD_MAX_LENGTH, `Heslo může mít nejvýše ${PASSWORD_MAX_LENGTH} znaků.`)
    .refine((v) => v.trim().length > 0, "Heslo nesmí být jen z mezer.");

export const STAFF_NEEDS_DEPARTMENT = "Pracovník odboru musí mít vybraný odbor.";

/** Staff are scoped to their department's representations (docs/ARCHITECTURE.md, "Permissions"): without one they can do nothing. */
function requireDepartmentForStaff(
  value: { role: string; departmentId: string | null },
  ctx: z.core.$RefinementCtx,
) {
  if (value.role === "staff" && !value.departmentId) {
    ctx.addIssue({ code: "custom", path: ["departmentId"], message: STAFF_NEEDS_DEPARTMENT });
  }
}

/** The department select: "" (no department) becomes null. */
const departmentField = () =>
  z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.uuid({ error: "Vyberte prosím odbor ze seznamu." }).optional(),
    )
    .transform((v) => v ?? null);

/** The person select: "" (no person linked) becomes null. */
const personField = () =>
  z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.uuid({ error: "Vyberte prosím osobu ze seznamu." }).optional(),
    )
    .transform((v) => v ?? null);

const profileFields = {
  name: requiredText(200, "Zadejte jméno uživatele."),
  role: roleField(),
  departmentId: departmentField(),
  personId: personField(),
};

export const createUserSchema = z
  .object({
    ...profileFields,
    email: emailField(),
    // Left empty, the account gets a one-time link to set its own password (lib/users/set-password.ts).
    // Only an untouched field counts as empty: a password of spaces is still refused.
    password: z.preprocess((v) => (v === "" || v == null ? undefined : v), passwordField().optional()),
  })
  .superRefine(requireDepartmentForStaff);

export const updateUserSchema = z
  .object({
    id: uuidField("Chybí identifikátor uživatele. Načtěte stránku znovu."),
    version: versionField(),
    ...profileFields,
    active: checkbox(),
  })
  .superRefine(requireDepartmentForStaff);

export const resetPasswordSchema = z.object({
  id: uuidField("Chybí identifikátor uživatele. Načtěte stránku znovu."),
  password: passwordField(),
});

export const issueSetPasswordLinkSchema = z.object({
  id: uuidField("Chybí identifikátor uživatele. Načtěte stránku znovu."),
});

/** The public set-password page: the token from the link and the new password, typed twice. */
export const setPasswordWithTokenSchema = z
  .object({
    token: z.string({ error: "Odkaz je neplatný." }).trim().min(20, "Odkaz je neplatný.").max(200, "Odkaz je neplatný."),
    password: passwordField(),
    passwordConfirm: z.string({ error: "Zadejte heslo ještě jednou." }),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "Hesla se neshodují. Zadejte stejné heslo dvakrát." });

export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
