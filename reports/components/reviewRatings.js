// The office page's first chart: every indicator's ratings in one review. The page and the
// charts drawn at build time for every office (scripts/officeFirstCharts.ts) both use these.
import { DivergingRatings } from "./divergingRatings.js";
import { oneReview } from "./reshape.js";

/** The widest the chart is drawn: 19 bars of about 12 cases read best at this width, even on a wide screen. */
export const RATINGS_MAX_WIDTH = 820;

export function ReviewRatings(rows, review, { width, document }) {
  return DivergingRatings(rows, { width: Math.min(width, RATINGS_MAX_WIDTH), title: `ratings of every indicator, ${review.office}, ${review.reviewDate}`, document });
}

/** The chart as the office page first draws it: the office's latest review; null for an office with none. */
export function firstReviewRatings(slice, { width, document }) {
  const review = slice.reviews.at(-1);
  if (!review) return null;
  return ReviewRatings(oneReview(slice.indicators, review.reviewId).rows, review, { width, document });
}
