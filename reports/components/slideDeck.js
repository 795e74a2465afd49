// A deck of full-screen slides for a meeting room: one slide at a time, stepped with the arrow
// keys, Page Up / Page Down, Home and End or the buttons; the address keeps the slide
// (?slide=N), so a reload or a link lands on it; F (or the button) shows the deck alone, full
// screen, for the room; printed, every slide is a landscape page.
// Screen readers hear "slide 3 of 11" and the slide's title as it changes.
import { html } from "htl";

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/** `slides`: [{ title, body }], body an element or text. */
export function SlideDeck(slides, { label = "Slides" } = {}) {
  const count = slides.length;
  const asked = Number(new URLSearchParams(location.search).get("slide"));
  let current = Number.isInteger(asked) && asked >= 1 && asked <= count ? asked - 1 : 0;
  const sections = slides.map(
    (slide, i) => html`<section class="slide" aria-roledescription="slide" aria-label=${`Slide ${i + 1} of ${count}: ${slide.title}`}>
      <h2 class="slide-title">${slide.title}</h2>
      <div class="slide-body">${slide.body}</div>
      <p class="slide-number" aria-hidden="true">${i + 1} / ${count}</p>
    </section>`,
  );
  const status = html`<p class="deck-status" aria-live="polite"></p>`;
  const previous = html`<button type="button">← Previous</button>`;
  const next = html`<button type="button">Next →</button>`;
  // For the room: the deck alone fills the screen (the banner, links and chooser stay behind).
  const present = html`<button type="button" class="deck-present" aria-keyshortcuts="f">Present full screen (F)</button>`;
  // A deck prints landscape: this page's pages only (a Sum-Up handout prints portrait). Chromium
  // does not apply a named page inside Framework's layout, so the deck brings its own rule.
  const deck = html`<div class="deck" role="region" aria-roledescription="carousel" aria-label=${label}>
    <style>@page { size: letter landscape; margin: 0.4in; }</style>
    <div class="deck-controls">${previous} ${status} ${present} ${next}</div>
    ${sections}
  </div>`;

  function show(index) {
    current = Math.max(0, Math.min(count - 1, index));
    sections.forEach((s, i) => s.classList.toggle("current", i === current));
    status.textContent = `Slide ${current + 1} of ${count}: ${slides[current].title}`;
    previous.disabled = current === 0;
    next.disabled = current === count - 1;
    const params = new URLSearchParams(location.search);
    params.set("slide", String(current + 1));
    history.replaceState(null, "", `?${params}`);
  }
  previous.onclick = () => show(current - 1);
  next.onclick = () => show(current + 1);
  const togglePresenting = () => (document.fullscreenElement === deck ? document.exitFullscreen() : deck.requestFullscreen?.())?.catch?.(() => {});
  present.onclick = togglePresenting;
  const onFullscreen = () => (present.textContent = document.fullscreenElement === deck ? "Leave full screen (F)" : "Present full screen (F)");
  document.addEventListener("fullscreenchange", onFullscreen);
  const onKey = (event) => {
    // Keys typed into a chooser or a field are theirs, not the deck's.
    if (event.target.closest?.("input, select, textarea") || event.altKey || event.ctrlKey || event.metaKey) return;
    if (NEXT.has(event.key)) show(current + 1);
    else if (PREVIOUS.has(event.key)) show(current - 1);
    else if (event.key === "Home") show(0);
    else if (event.key === "End") show(count - 1);
    else if (event.key === "f" || event.key === "F") togglePresenting();
    else return;
    event.preventDefault();
  };
  document.addEventListener("keydown", onKey);
  // A deck drawn again (another office chosen) must not leave its keys behind.
  let shown = false;
  new MutationObserver((_, observer) => {
    if (deck.isConnected) shown = true;
    else if (shown) {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onFullscreen);
      observer.disconnect();
    }
  }).observe(document.body, { childList: true, subtree: true });
  show(current);
  return deck;
}
