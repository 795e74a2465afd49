// Each office's latest review as a dot: the share of cases with acceptable overall status
// across, acceptable overall practice up. Office names are written beside their dots where
// they fit without touching another name (tried above, below, right, left); a dot whose name
// does not fit keeps it in its tooltip and in the table below the chart.
import * as Plot from "@observablehq/plot";
import { percent } from "./format.js";

const MARGIN = { top: 20, right: 20, bottom: 40, left: 50 };
const FONT_SIZE = 10;
/** Roughly how wide a character of the chart's font is, in pixels. */
const CHARACTER_WIDTH = 6.2;

/** Where each label goes, or null: label boxes never overlap. Pure, for the chart and its test. */
export function placeLabels(points, { width, height, text = (d) => d.office }) {
  const x = (v) => MARGIN.left + v * (width - MARGIN.left - MARGIN.right);
  const y = (v) => height - MARGIN.bottom - v * (height - MARGIN.top - MARGIN.bottom);
  const placed = [];
  const overlaps = (a) => placed.some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom);
  return points.map((d) => {
    const w = String(text(d)).length * CHARACTER_WIDTH;
    const h = FONT_SIZE + 3;
    const [px, py] = [x(d.status), y(d.practice)];
    const tries = [
      { dx: 0, dy: -9, anchor: "middle", box: { left: px - w / 2, right: px + w / 2, top: py - 9 - h / 2, bottom: py - 9 + h / 2 } },
      { dx: 0, dy: 11, anchor: "middle", box: { left: px - w / 2, right: px + w / 2, top: py + 11 - h / 2, bottom: py + 11 + h / 2 } },
      { dx: 7, dy: 0, anchor: "start", box: { left: px + 7, right: px + 7 + w, top: py - h / 2, bottom: py + h / 2 } },
      { dx: -7, dy: 0, anchor: "end", box: { left: px - 7 - w, right: px - 7, top: py - h / 2, bottom: py + h / 2 } },
    ];
    const fit = tries.find((t) => t.box.left >= 0 && t.box.right <= width && !overlaps(t.box));
    if (!fit) return null;
    placed.push(fit.box);
    return fit;
  });
}

export function StatusPracticeScatter(rows, { width, height = 460, title = "" } = {}) {
  const placements = placeLabels(rows, { width, height });
  const labelled = rows.map((d, i) => ({ ...d, placement: placements[i] })).filter((d) => d.placement);
  return Plot.plot({
    width,
    height,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    ariaLabel: title,
    ariaDescription: "Each office's share of cases with acceptable overall status (across) and acceptable overall practice (up). The same numbers are in the table below.",
    x: { domain: [0, 1], tickFormat: (d) => percent(d), label: "Overall child and family status acceptable →", grid: true },
    y: { domain: [0, 1], tickFormat: (d) => percent(d), label: "↑ Overall practice performance acceptable", grid: true },
    marks: [
      Plot.line([[0, 0], [1, 1]], { stroke: "#ddd" }),
      Plot.dot(rows, { x: "status", y: "practice", fill: "#4c78a8", r: 4, tip: true, title: (d) => `${d.office}: status ${percent(d.status)} of ${d.statusN}, practice ${percent(d.practice)} of ${d.practiceN}` }),
      // Plot's dx/dy take one value a mark, so each anchor's labels are a mark of their own.
      ...["middle", "start", "end"].map((anchor) => [
        Plot.text(labelled.filter((d) => d.placement.anchor === anchor && d.placement.dy < 0), { x: "status", y: "practice", text: "office", fontSize: FONT_SIZE, textAnchor: anchor, dx: 0, dy: -9 }),
        Plot.text(labelled.filter((d) => d.placement.anchor === anchor && d.placement.dy > 0), { x: "status", y: "practice", text: "office", fontSize: FONT_SIZE, textAnchor: anchor, dx: 0, dy: 11 }),
        Plot.text(labelled.filter((d) => d.placement.anchor === anchor && d.placement.dy === 0), { x: "status", y: "practice", text: "office", fontSize: FONT_SIZE, textAnchor: anchor, dx: anchor === "start" ? 7 : -7, dy: 0 }),
      ]).flat(),
    ],
  });
}
