// Grand Rounds on the big screen (seed 000: "a larger group presentation ... an interactive
// meeting"): a deck of slides per office review and one for the county, stepped with the
// keyboard, the slide kept in the address, readable from the back of the room, printed as a
// landscape deck of one slide a page, every number as crd export computes it.
import { beforeAll, describe, expect, it } from "vitest";
import { computeDataset } from "../../src/datasets/print.ts";
import { siteInBrowser } from "./browser.ts";
import { sharedSite, type SharedSite } from "./sharedSite.ts";

let site: SharedSite;
beforeAll(async () => {
  site = await sharedSite();
}, 300_000);

const percent = (share: number) => `${Math.round(share * 100)}%`;

describe("the Grand Rounds slides", () => {
  const browser = siteInBrowser(() => site.out);

  async function current(page: import("playwright-core").Page) {
    return page.evaluate(() => {
      const slides = Array.from(document.querySelectorAll("section.slide"));
      return { index: slides.findIndex((s) => s.classList.contains("current")) + 1, count: slides.length, search: location.search };
    });
  }

  it("show at least 8 slides of an office's latest review, stepped with the keys, the slide in the address", async () => {
    const { page, errors } = await browser.open("/qsr/grand-rounds?office=northgate", { waitForTable: false });
    await page.waitForSelector("section.slide.current");
    const reviews = (await computeDataset("qsr-reviews", site.warehouse)).filter((r) => r.officeSlug === "northgate");
    const latest = reviews.at(-1)!;
    expect(await current(page)).toMatchObject({ index: 1 });
    expect((await current(page)).count).toBeGreaterThanOrEqual(8);
    expect(await page.locator("section.slide.current h2").innerText()).toBe(`Northgate: Quality Service Review of ${latest.reviewDate}`);
    await page.keyboard.press("ArrowRight");
    expect(await current(page)).toMatchObject({ index: 2 });
    expect((await current(page)).search).toContain("slide=2");
    expect((await current(page)).search).toContain(`review=${latest.reviewId}`);
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    expect((await current(page)).index).toBe(4);
    await page.keyboard.press("PageUp");
    expect((await current(page)).index).toBe(3);
    await page.keyboard.press("End");
    expect((await current(page)).index).toBe((await current(page)).count);
    await page.keyboard.press("Home");
    expect((await current(page)).index).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("open on the slide and review the address names, with the review's own numbers and themes", async () => {
    const reviews = (await computeDataset("qsr-reviews", site.warehouse)).filter((r) => r.officeSlug === "harbor-view");
    const earlier = reviews.at(-2)!;
    const { page } = await browser.open(`/qsr/grand-rounds?office=harbor-view&review=${earlier.reviewId}&slide=8`, { waitForTable: false });
    await page.waitForSelector("section.slide.current");
    expect((await current(page)).index).toBe(8);
    expect(await page.locator("section.slide.current h2").innerText()).toBe("Systemic themes");
    const themes = (await computeDataset("qsr-themes", site.warehouse)).filter((t) => t.reviewId === earlier.reviewId);
    expect(themes.length).toBeGreaterThan(0);
    const text = await page.locator("section.slide.current").innerText();
    for (const t of themes) expect(text).toContain(`${t.theme} (${t.cases} of ${t.reviewCases} cases)`);
    // The first slide's overall shares, as crd export qsr-indicators has them.
    await page.keyboard.press("Home");
    const status = (await computeDataset("qsr-indicators", site.warehouse)).find((r) => r.reviewId === earlier.reviewId && r.indicator === "status_overall")!;
    expect(await page.locator("section.slide.current").innerText()).toContain(`${percent(status.share as number)} (${status.acceptable} of ${status.rated})`);
    await page.close();
  });

  it("present full screen with F: the deck alone fills the screen, the slide all of it but the controls", async () => {
    const { page, errors } = await browser.open("/qsr/grand-rounds?office=northgate&slide=3", { waitForTable: false });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForSelector("section.slide.current");
    await page.keyboard.press("f");
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains("deck"));
    const box = await page.locator("section.slide.current").boundingBox();
    expect(box!.height).toBeGreaterThan(768 * 0.8);
    expect(await page.locator(".deck-present").innerText()).toBe("Leave full screen (F)");
    // Still stepped with the keys, the slide still in the address.
    await page.keyboard.press("ArrowRight");
    expect((await current(page)).index).toBe(4);
    await page.keyboard.press("f");
    await page.waitForFunction(() => document.fullscreenElement === null);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("are readable from the back of the room: body text of 24 px or more at 1920 x 1080", async () => {
    const { page } = await browser.open("/qsr/grand-rounds?office=northgate", { waitForTable: false });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForSelector("section.slide.current");
    const sizes = await page.evaluate(() => Array.from(document.querySelectorAll("section.slide.current p, section.slide.current li")).map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    await page.close();
  });

  it.each([["an office", "/qsr/grand-rounds?office=northgate"], ["the county", "/qsr/grand-rounds?county"]])("print %s as a landscape deck, one slide a page", async (_, path) => {
    const { page, errors } = await browser.open(path, { waitForTable: false });
    await page.waitForSelector("section.slide.current");
    const count = (await current(page)).count;
    expect(count).toBeGreaterThanOrEqual(8);
    await page.emulateMedia({ media: "print" });
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(count);
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [width, height] of boxes) expect(width).toBeGreaterThan(height);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("show the county deck's numbers as crd export has them", async () => {
    const { page } = await browser.open("/qsr/grand-rounds?county&slide=7", { waitForTable: false });
    await page.waitForSelector("section.slide.current");
    expect(await page.locator("section.slide.current h2").innerText()).toBe("Sum-Up steps done, office by office");
    // Offices open today: a closed office's steps are history, not this meeting's.
    const open = new Set((await computeDataset("qsr-offices", site.warehouse)).filter((o) => o.closed === null).map((o) => o.office));
    const steps = (await computeDataset("qsr-next-step-offices", site.warehouse)).filter((d) => open.has(d.office as string));
    expect(steps.length).toBe(19);
    const text = await page.locator("section.slide.current").innerText();
    for (const s of steps.filter((d) => d.share !== null)) expect(text).toContain(`${percent(s.share as number)} of ${s.followedUp}`);
    expect(text).not.toContain("Mesa Verde");
    await page.close();
  });

  it("beside them, the county overview shows every office's Sum-Up steps done, and an office page the steps of its previous Sum-Up", async () => {
    const { page, errors } = await browser.open("/qsr/county");
    const steps = await computeDataset("qsr-next-step-offices", site.warehouse);
    const table = page.locator("table.data-table", { has: page.locator("caption", { hasText: "Sum-Up steps by office" }) });
    const text = await table.innerText();
    for (const s of steps.filter((d) => d.share !== null)) expect(text).toContain(`${percent(s.share as number)} (${s.done} of ${s.followedUp})`);
    expect(errors).toEqual([]);
    await page.close();

    const reviews = (await computeDataset("qsr-reviews", site.warehouse)).filter((r) => r.officeSlug === "northgate");
    const latest = reviews.at(-1)!;
    const previous = (await computeDataset("qsr-next-steps", site.warehouse)).filter((d) => d.reviewId === latest.previousReviewId);
    expect(previous.length).toBeGreaterThan(0);
    const office = await browser.open("/qsr/office?office=northgate");
    const stepsTable = office.page.locator("table.data-table", { has: office.page.locator("caption", { hasText: "Steps agreed at the Sum-Up" }) });
    const rows = await stepsTable.innerText();
    for (const step of previous) expect(rows).toContain(step.step as string);
    expect(office.errors).toEqual([]);
    await office.page.close();
  });

  it("draw the county's targets: the county grid outlines each office at or above and below by its interval, the trends a target line", async () => {
    const { page, errors } = await browser.open("/qsr/county");
    // At 1366 px the grid holds all 19 offices (narrower, it shows them a group at a time).
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.reload();
    await page.waitForSelector("table.data-table tbody tr");
    const open = new Set((await computeDataset("qsr-offices", site.warehouse)).filter((o) => o.closed === null).map((o) => o.office));
    const status = (await computeDataset("qsr-target-status", site.warehouse)).filter((d) => open.has(d.office as string));
    const grid = page.locator("svg[aria-label^='share acceptable by indicator and office']");
    const outlined = (stroke: string) => grid.locator(`g[stroke='${stroke}'] rect, rect[stroke='${stroke}']`).count();
    expect(await outlined("#15803d")).toBe(status.filter((d) => d.targetStatus === "at or above target").length);
    expect(await outlined("#c2410c")).toBe(status.filter((d) => d.targetStatus === "below target").length);
    expect(status.some((d) => d.targetStatus === "below target")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    const trends = await browser.open("/qsr/trends");
    // practice_overall has two targets (0.70 from 2021-07-01, 0.75 from 2023-07-01): two segments in each office's chart.
    const segments = await trends.page.locator("svg[role=img] g[stroke='#c2410c'] path, svg[role=img] path[stroke='#c2410c']").count();
    const offices = new Set((await computeDataset("qsr-overall-trends", site.warehouse)).map((d) => d.office)).size;
    expect(segments).toBe(2 * offices);
    expect(trends.errors).toEqual([]);
    await trends.page.close();
  });
});
