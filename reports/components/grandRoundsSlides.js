// The slides of Grand Rounds (seed 000: "a larger group presentation ... an interactive
// meeting" where results "are presented and utilized to identify and discuss systemic
// strengths and challenges"). Every number comes from the datasets as published; the slides
// only choose and draw. Charts are drawn wide and scale down with the slide, so that a slide
// printed, or shown on a smaller screen, keeps its proportions.
import { html } from "htl";
import { DivergingRatings } from "./divergingRatings.js";
import { ShareBars } from "./shareBars.js";
import { percent, shareWithN } from "./format.js";
import { oneReview } from "./reshape.js";

const CHART_WIDTH = 1500;
const FONT = 18;
const points = (d) => (d === null ? "—" : `${d >= 0 ? "+" : "−"}${Math.abs(d * 100).toFixed(0)} points`);
const shareText = (d) => (d.rated === null ? "masked" : d.share === null ? "not rated" : shareWithN(d.share, d.acceptable, d.rated));
/** Where a share stands against its target, told by its interval. */
function targetWords(low, high, target) {
  if (low === null || low === undefined || high === null) return "cannot tell";
  return low >= target ? "at or above target" : high < target ? "below target" : "cannot tell";
}

/** A count, or "masked" where public mode masked it. */
const count = (n) => (n === null || n === undefined ? "masked" : n);
const STATUS_WORDS = { done: "done", in_progress: "in progress", not_started: "not started", dropped: "dropped" };

function list(items, empty) {
  return items.length === 0 ? html`<p>${empty}</p>` : html`<ul class="slide-list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/**
 * The slides for one office review: `slice` is the office's page data, `review` one of its reviews.
 * Each body is drawn when it is read, so that a deck drawn ahead of the page draws only the
 * slides it keeps (grandRoundsDeck.js).
 */
export function officeSlides(slice, review, { confidence = "95%" } = {}) {
  const { rows, byIndicator } = oneReview(slice.indicators, review.reviewId);
  const overall = (indicator) => byIndicator.get(indicator);
  const changes = oneReview(slice.changes, review.reviewId, "toReviewId").rows;
  const realChanges = changes.filter((d) => d.changed);
  const versus = oneReview(slice.versusCounty, review.reviewId).rows;
  const apart = versus.filter((d) => d.differs);
  const themes = oneReview(slice.themes, review.reviewId).rows;
  const previousSteps = review.previousReviewId ? oneReview(slice.nextSteps, review.previousReviewId).rows : [];
  const agreedNow = oneReview(slice.nextSteps, review.reviewId).rows;
  const label = (indicator) => byIndicator.get(indicator)?.indicatorLabel ?? indicator;
  const targets = slice.targets.filter((t) => t.fromDate <= review.reviewDate && (t.toDate === null || review.reviewDate <= t.toDate));
  const domainRows = (domain) => rows.filter((d) => d.domain === domain && !d.overall && d.rated !== 0);
  const status = overall("status_overall");
  const practice = overall("practice_overall");

  return [
    {
      title: `${review.office}: Quality Service Review of ${review.reviewDate}`,
      get body() {
        return html`<p class="slide-lead">${review.cases ?? "The"} cases reviewed${review.protocolVersion ? ` (protocol ${review.protocolVersion})` : ""}. Overall child and family status acceptable in ${status ? shareText(status) : "—"}; overall practice performance acceptable in ${practice ? shareText(practice) : "—"}.</p>
        <p>Acceptable means rated 4 Fair, 5 Good or 6 Optimal. With about 12 cases one case moves a share 8 points, so every share shows its n, and a change or a difference is named only when its ${confidence} interval excludes zero.</p>`;
      },
    },
    {
      title: "Strengths",
      get body() {
        return list(review.strengths.map((d) => html`<strong>${d.indicatorLabel}</strong>: ${shareText(d)}`), "No indicator was rated on enough cases to name a strength.");
      },
    },
    {
      title: "Challenges",
      get body() {
        return list(review.challenges.map((d) => html`<strong>${d.indicatorLabel}</strong>: ${shareText(d)}`), "No indicator was rated on enough cases to name a challenge.");
      },
    },
    {
      title: "Child and family status",
      get body() {
        return html`<div class="slide-chart">${DivergingRatings(domainRows("status"), { width: CHART_WIDTH, fontSize: FONT, title: `child and family status ratings, ${review.office}, ${review.reviewDate}` })}</div>`;
      },
    },
    {
      title: "Practice performance",
      get body() {
        return html`<div class="slide-chart">${DivergingRatings(domainRows("practice"), { width: CHART_WIDTH, fontSize: FONT, title: `practice performance ratings, ${review.office}, ${review.reviewDate}` })}</div>`;
      },
    },
    {
      title: "What changed since the last review",
      get body() {
        return !review.previousReviewId
        ? html`<p>This is the office's first review: nothing to compare with yet.</p>`
        : list(
            realChanges.map((d) => html`<strong>${d.indicatorLabel}</strong> ${d.difference > 0 ? "rose" : "fell"} from ${percent(d.fromShare)} (of ${d.fromRated}) to ${percent(d.toShare)} (of ${d.toRated}): ${points(d.difference)}, ${confidence} interval ${points(d.low)} to ${points(d.high)}.`),
            `No indicator changed since ${changes[0]?.fromReviewDate ?? "the last review"} by more than chance explains (${changes.length} compared; with about 12 cases a review, most changes are within chance).`,
          );
      },
    },
    {
      title: "The office and the rest of the county",
      get body() {
        return list(
        apart.map((d) => html`<strong>${label(d.indicator)}</strong>: ${percent(d.officeShare)} of ${d.officeRated} here, ${percent(d.restShare)} of ${d.restRated} in the rest of the county in ${d.fiscalYear} (${points(d.difference)}, ${confidence} interval ${points(d.low)} to ${points(d.high)}).`),
        `On no indicator does the office differ from the rest of the county in ${versus[0]?.fiscalYear ?? "its fiscal year"} by more than chance explains.`,
      );
      },
    },
    {
      title: "Systemic themes",
      get body() {
        return list(
        themes.map((d) => html`<strong>${d.categoryLabel}</strong>: ${d.theme} (${d.cases === null ? "masked" : `${d.cases} of ${d.reviewCases} cases`})`),
        "The review recorded no systemic theme.",
      );
      },
    },
    {
      title: "Steps agreed at the last Sum-Up",
      get body() {
        return !review.previousReviewId
        ? html`<p>This is the office's first review: no earlier Sum-Up.</p>`
        : list(
            previousSteps.map((d) => html`<strong>${d.step}</strong> (aimed at ${d.indicatorLabel}): ${STATUS_WORDS[d.status] ?? "not followed up"}. ${d.indicatorLabel} ${d.difference === null ? "could not be compared" : d.changed ? `${d.difference > 0 ? "rose" : "fell"} ${points(d.difference)} (${confidence} interval ${points(d.low)} to ${points(d.high)})` : `moved ${points(d.difference)}, within chance (${points(d.low)} to ${points(d.high)})`}.`),
            "No step was recorded for the last Sum-Up.",
          );
      },
    },
    {
      title: "Against the county's targets",
      get body() {
        return targets.length === 0
        ? html`<p>The county has set no target for these indicators.</p>`
        : html`<div class="slide-chart">${ShareBars(
            targets.map((t) => ({ ...byIndicator.get(t.indicator), label: t.indicatorLabel, target: t.shareAcceptable })),
            { width: CHART_WIDTH, fontSize: FONT, target: "target", marginRight: 330, endText: (d) => `${d.rated === null ? "masked" : `${percent(d.share)} of ${d.rated}`}: ${targetWords(d.low, d.high, d.target)}`, title: `shares acceptable against the county's targets, ${review.office}` },
          )}</div>
          <p class="slide-note">The orange tick is the target; the line across each bar its ${confidence} interval. An office is at or above a target only when its whole interval is, below only when its whole interval is.</p>`;
      },
    },
    {
      title: "For discussion",
      get body() {
        return html`<ol class="slide-list">${(slice.questions?.[review.reviewId] ?? []).map((q) => html`<li>${q}</li>`)}</ol>
        ${agreedNow.length > 0 ? html`<p class="slide-note">Steps already recorded for this review's Sum-Up: ${agreedNow.map((d) => d.step).join("; ")}.</p>` : ""}`;
      },
    },
  ];
}

/** The county-wide Grand Rounds: every office's latest review, targets, trends, themes, steps. */
export function countySlides({ latest, offices, county, themes, steps, targetStatus, targets }, { confidence = "95%" } = {}) {
  const labels = new Map(county.map((d) => [d.indicator, d.indicatorLabel]));
  const fiscalYears = [...new Set(county.filter((d) => d.period.startsWith("FY")).map((d) => d.period))].sort();
  const lastYear = fiscalYears.at(-1);
  const yearRows = county.filter((d) => d.period === lastYear);
  // Offices open today; a closed office's last review is history, not this meeting's business.
  const open = new Set(offices.filter((o) => o.closed === null).map((o) => o.office));
  const overallLatest = (indicator) =>
    latest.filter((d) => d.indicator === indicator && open.has(d.office)).map((d) => ({ ...d, label: `${d.office} (${d.reviewDate})` })).sort((a, b) => a.office.localeCompare(b.office));
  const practiceRanked = yearRows.filter((d) => d.domain === "practice" && !d.overall && d.share !== null).sort((a, b) => a.share - b.share);
  const yearThemes = themes.filter((d) => d.fiscalYear === lastYear).sort((a, b) => b.reviewsFinding - a.reviewsFinding);
  const byTarget = new Map();
  for (const d of targetStatus.filter((t) => open.has(t.office))) {
    const counts = byTarget.get(d.indicator) ?? { "at or above target": 0, "below target": 0, "cannot tell": 0, target: d.target };
    counts[d.targetStatus ?? "cannot tell"] += 1;
    byTarget.set(d.indicator, counts);
  }
  const trend = (indicator) => fiscalYears.map((period) => county.find((d) => d.period === period && d.indicator === indicator)).filter(Boolean).map((d) => ({ ...d, label: d.period }));
  const openSteps = steps.filter((d) => open.has(d.office));
  const stepsRanked = openSteps.filter((d) => d.share !== null).sort((a, b) => a.share - b.share);
  const reviewedOffices = new Set(latest.filter((d) => open.has(d.office)).map((d) => d.office));
  return [
    {
      title: `County-wide Grand Rounds${lastYear ? `, ${lastYear}` : ""}`,
      body: html`<p class="slide-lead">${reviewedOffices.size} offices, each at its latest review. In ${lastYear ?? "the latest fiscal year"}: overall child and family status acceptable in ${yearRows.find((d) => d.indicator === "status_overall") ? shareText(yearRows.find((d) => d.indicator === "status_overall")) : "—"} of cases rated, overall practice performance in ${yearRows.find((d) => d.indicator === "practice_overall") ? shareText(yearRows.find((d) => d.indicator === "practice_overall")) : "—"}.</p>
        <p>${offices.filter((o) => o.closed === null).length} offices open. Offices are not ranked: with about 12 cases a review, most differences between offices are within chance.</p>`,
    },
    {
      title: "Overall practice performance, office by office",
      body: html`<div class="slide-chart">${ShareBars(overallLatest("practice_overall"), { width: CHART_WIDTH, fontSize: FONT * 0.8, title: "overall practice performance acceptable at each office's latest review" })}</div>`,
    },
    {
      title: "Overall child and family status, office by office",
      body: html`<div class="slide-chart">${ShareBars(overallLatest("status_overall"), { width: CHART_WIDTH, fontSize: FONT * 0.8, title: "overall child and family status acceptable at each office's latest review" })}</div>`,
    },
    {
      title: "The county's targets",
      body: targets.length === 0
        ? html`<p>The county has set no target.</p>`
        : list([...byTarget].map(([indicator, c]) => html`<strong>${labels.get(indicator) ?? indicator}</strong> (target ${percent(c.target)}): ${c["at or above target"]} offices at or above by their whole ${confidence} interval, ${c["below target"]} below, ${c["cannot tell"]} that the sample cannot tell.`), ""),
    },
    {
      title: "The county over the years",
      body: html`<div class="slide-chart">${ShareBars(
        [...trend("status_overall").map((d) => ({ ...d, label: `Status, ${d.period}` })), ...trend("practice_overall").map((d) => ({ ...d, label: `Practice, ${d.period}` }))],
        { width: CHART_WIDTH, fontSize: FONT * 0.75, title: "overall status and practice acceptable county-wide, fiscal year by fiscal year" },
      )}</div>`,
    },
    {
      title: `Systemic themes${lastYear ? `, ${lastYear}` : ""}`,
      body: list(yearThemes.map((d) => html`<strong>${d.categoryLabel}</strong>: themes found in ${count(d.reviewsFinding)} of ${count(d.reviews)} reviews (${count(d.themes)} themes, raised in ${count(d.cases)} cases)`), "No theme was recorded this year."),
    },
    {
      title: "Sum-Up steps done, office by office",
      body: openSteps.length === 0
        ? html`<p>No Sum-Up step was recorded.</p>`
        : html`<div class="slide-chart">${ShareBars(openSteps.map((d) => ({ ...d, label: d.office, acceptable: d.done, rated: d.followedUp })), { width: CHART_WIDTH, fontSize: FONT * 0.8, title: "share of Sum-Up steps done by the office's next review" })}</div>`,
    },
    {
      title: "For discussion",
      body: html`<ol class="slide-list">
        ${practiceRanked[0] ? html`<li>${practiceRanked[0].indicatorLabel} was the county's lowest practice rating in ${lastYear}: ${shareText(practiceRanked[0])}. What do the offices that do better do differently?</li>` : ""}
        ${yearThemes[0] ? html`<li>${yearThemes[0].categoryLabel} came up in ${count(yearThemes[0].reviewsFinding)} of ${count(yearThemes[0].reviews)} reviews this year. Who outside the department has to be at the table?</li>` : ""}
        ${stepsRanked.length > 0 ? html`<li>Offices finish some of the steps they agree at a Sum-Up and not others (the slide before). What helps an office finish what it agrees?</li>` : ""}
      </ol>`,
    },
  ];
}
