import { describe, expect, it } from "vitest";
import { emailField, formDataToObject, requiredText, toFieldErrors, versionField, z } from "@/lib/validation";

describe("emailField", () => {
  it("trims and lower-cases", () => {
    expect(emailField().parse("  Jana.Novakova@Praha.EU ")).toBe("jana.novakova@praha.eu");
  });

  it("refuses an invalid address with a Czech message", () => {
    const result = emailField().safeParse("jana.novakova");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Zadejte platný e-mail/);
  });

  it("refuses a missing value with a Czech message", () => {
    const result = emailField().safeParse(undefined);
    expect(result.error?.issues[0]?.message).toBe("Vyplňte e-mail.");
  });
});

describe("formDataToObject", () => {
  it("keeps strings, turns repeated names into arrays and drops Next's own fields", () => {
    const form = new FormData();
    form.append("name", "Jana");
    form.append("tag", "a");
    form.append("tag", "b");
    form.append("tag", "c");
    form.append("$ACTION_ID_abc123", "");
    form.append("$ACTION_REF_1", "");
    form.append("file", new Blob(["x"]), "x.txt");
    expect(formDataToObject(form)).toEqual({ name: "Jana", tag: ["a", "b", "c"] });
  });
});

describe("toFieldErrors", () => {
  const schema = z.object({
    name: requiredText(10),
    email: emailField(),
    version: versionField(),
    attendees: z.array(z.object({ personId: z.uuid() })),
  });

  it("keys messages by the field's path, in Czech", () => {
    const result = schema.safeParse({
      name: "",
      email: "nope",
      version: "1",
      attendees: [{ personId: "00000000-0000-4000-8000-000000000000" }, { personId: "x" }],
    });
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["attendees.1.personId", "email", "name"]);
    expect(errors.name).toEqual(["Vyplňte prosím toto pole."]);
    expect(errors.email?.[0]).toMatch(/Zadejte platný e-mail/);
  });

  it("puts errors of the whole object under _form", () => {
    const result = z
      .object({ from: z.string(), to: z.string() })
      .refine((v) => v.from <= v.to, "Konec nesmí předcházet začátku.")
      .safeParse({ from: "2026-02-01", to: "2026-01-01" });
    expect(toFieldErrors(result.error!)).toEqual({ _form: ["Konec nesmí předcházet začátku."] });
  });

  it("uses Czech for messages a schema does not word itself", () => {
    const result = z.object({ count: z.number() }).safeParse({ count: "x" });
    const message = toFieldErrors(result.error!).count?.[0] ?? "";
    expect(message).toMatch(/[ěščřžýáíéůú]/i);
  });
});
