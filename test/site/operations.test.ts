// The Review operations page shows the QA pipeline and the concerns exactly as crd export
// computes them.
import { beforeAll, describe, expect, it } from "vitest";
import { computeDataset } from "../../src/datasets/print.ts";
import { siteInBrowser } from "./browser.ts";
import { sharedSite, type SharedSite } from "./sharedSite.ts";

let site: SharedSite;
beforeAll(async () => {
  site = await sharedSite();
}, 300_000);

const percent = (share: number) => `${Math.round(share * 100)}%`;

describe("the Review operations page", () => {
  const browser = siteInBrowser(() => site.out);

  it("shows every state-wide month's QA and every concern type's response times as crd export has them", async () => {
    const { page, errors } = await browser.open("/cfsr/review-operations");
    const pipeline = await page.locator("table.data-table", { has: page.locator("caption", { hasText: "The QA pipeline" }) }).innerText();
    const qa = (await computeDataset("qa-timeliness", site.warehouse)).filter((r) => r.grouping === "state");
    expect(qa.length).toBeGreaterThan(12);
    for (const r of qa.filter((d) => d.finalizedShare !== null)) expect(pipeline).toContain(`${percent(r.finalizedShare as number)} (${r.finalizedOnTime} of ${r.finalizeDue})`);
    const concerns = await page.locator("table.data-table", { has: page.locator("caption", { hasText: "Concerns by type" }) }).innerText();
    for (const r of (await computeDataset("concern-timeliness", site.warehouse)).filter((d) => d.onTimeShare !== null)) {
      expect(concerns).toContain(`${percent(r.onTimeShare as number)} (${r.answeredOnTime} of ${r.answerDue})`);
    }
    // The coming reviews start at the as-of month.
    const coming = await page.locator("table.data-table", { has: page.locator("caption", { hasText: "The next six review months" }) }).locator("tbody tr").first().innerText();
    expect(coming).toContain("2026-11");
    expect(errors).toEqual([]);
    await page.close();
  });
});
