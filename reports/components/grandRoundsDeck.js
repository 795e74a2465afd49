// The Grand Rounds decks as the page draws them. The page and the build share these: the
// build draws each office's deck and the county's ahead of the page (scripts/officeFirstCharts.ts),
// so that the deck shows while the page's modules and the office's data still load.
import { SlideDeck } from "./slideDeck.js";
import { countySlides, officeSlides } from "./grandRoundsSlides.js";

const officeDeckLabel = (review) => `Grand Rounds, ${review.office}, review of ${review.reviewDate}`;

export function OfficeDeck(slice, review, { confidence }) {
  return SlideDeck(officeSlides(slice, review, { confidence }), { label: officeDeckLabel(review) });
}

export function CountyDeck(data, { confidence }) {
  return SlideDeck(countySlides(data, { confidence }), { label: "County-wide Grand Rounds" });
}

/**
 * A deck drawn ahead of the page: its slides up to the first that holds a chart (the rest would
 * make a file of about 40 KB an office, 1,000 offices at national scale), its buttons disabled
 * until the page takes over, and how many slides the whole deck has, so that the page can tell
 * whether the slide its address asks for (?slide=N) is among those drawn.
 */
function drawnAhead(deck) {
  const slides = [...deck.querySelectorAll(".slide")];
  const firstChart = slides.findIndex((slide) => slide.querySelector("svg") !== null);
  for (const slide of slides.slice(firstChart < 0 ? slides.length : firstChart + 1)) slide.remove();
  for (const button of deck.querySelectorAll("button")) button.disabled = true;
  deck.dataset.slides = String(slides.length);
  return deck;
}

/** The office's deck as the page first draws it (its latest review), drawn ahead; null for an office with no review. */
export function firstOfficeDeck(slice, { confidence }) {
  const review = slice.reviews.at(-1);
  if (!review) return null;
  // A slide's body is drawn when it is read (grandRoundsSlides.js): those after the first chart are not.
  let charted = false;
  const slides = officeSlides(slice, review, { confidence }).map((slide) => {
    if (charted) return { title: slide.title, body: "" };
    const body = slide.body;
    charted = body.querySelector?.("svg") != null;
    return { title: slide.title, body };
  });
  const deck = drawnAhead(SlideDeck(slides, { label: officeDeckLabel(review) }));
  // The address may name an earlier review (?review=ID): this deck is not that one.
  deck.dataset.review = review.reviewId;
  return deck;
}

/** The county-wide deck, drawn ahead. */
export function firstCountyDeck(data, { confidence }) {
  return drawnAhead(CountyDeck(data, { confidence }));
}
