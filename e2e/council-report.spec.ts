import { expect, expectAccessible, test } from "./fixtures";
import { CouncilReportPage } from "./pages/council-report-page";
import { SignInPage } from "./pages/sign-in-page";

// A year of its own (far from the seeded ones, which the other journeys read), so the draft and
// its final version are this test's records; open-ended memberships still fill the report.
const year = 2100 + Math.floor(Math.random() * 99);
const annual = `Zástupci města se zúčastnili semináře IRE o spolupráci regionů (${Date.now().toString(36)}).`;

test.describe.configure({ mode: "serial" });

test.describe("the council report", () => {
  test("a coordinator writes IRE's text, generates the draft, finalises it and downloads DOCX and PDF", async ({ page }) => {
    test.slow();
    await new SignInPage(page).signInAs("coordinator");
    const report = new CouncilReportPage(page);
    await report.goto(year);
    await expect(page.getByText(`Za rok ${year} zatím žádné konečné znění není.`)).toBeVisible();
    await report.openDraft(year);
    await report.writeAnnualText(year, "IRE", annual);
    // The generated sentences are shown beside the text.
    await expect(page.getByText("Hlavní město Praha je členem od roku 1993, kdy vstoupilo jako pozorovatel; řádným členem je od 1. 5. 2004.")).toBeVisible();

    await report.preview(year);
    await expect(page.getByText(annual)).toBeVisible();
    await expect(page.getByText("Praha je členem UNESCO od roku 1993, kde ji ale primárně zastupuje stát.")).toBeVisible();

    await report.finalise(year);
    await expect(page.getByRole("cell", { name: "Platné znění" })).toBeVisible();
    const docx = await report.download("DOCX", 1);
    expect(docx.name).toBe(`clenstvi-hmp-${year}-v1.docx`);
    expect(docx.bytes.subarray(0, 2).toString()).toBe("PK");
    expect(await report.shownHash("DOCX")).toBe(docx.sha256);
    const pdf = await report.download("PDF", 1);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await report.shownHash("PDF")).toBe(pdf.sha256);
  });

  test("an auditor downloads the final version, byte for byte as its shown hash", async ({ page }) => {
    await new SignInPage(page).signInAs("auditor");
    const report = new CouncilReportPage(page);
    await report.goto(year);
    await expect(report.editDraftLink()).toHaveCount(0);
    const pdf = await report.download("PDF", 1);
    expect(await report.shownHash("PDF")).toBe(pdf.sha256);
  });

  test("staff can download the final version but not generate", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    const report = new CouncilReportPage(page);
    await report.goto(year);
    await expect(report.editDraftLink()).toHaveCount(0);
    const docx = await report.download("DOCX", 1);
    expect(await report.shownHash("DOCX")).toBe(docx.sha256);

    for (const path of [`/reports/council/${year}/draft`, `/reports/council/${year}/finalise`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Přístup odepřen");
      await expectAccessible(page);
    }
    const draftFile = await page.request.get(`/reports/council/${year}/draft/pdf`);
    expect(draftFile.status()).toBe(403);
    const openData = await page.request.get(`/reports/council/open-data/${year}/data.csv`);
    expect(openData.status()).toBe(200);
    expect(await openData.text()).toContain("IRE");
  });
});
