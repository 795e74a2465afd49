// The banner every page built from synthetic data carries, so that no one mistakes the
// demo for an agency's results.
import { html } from "htl";

export function SyntheticBanner(info) {
  if (!info?.synthetic) return html``;
  return html`<p class="synthetic-banner" role="note">Synthetic data: every number on this page was made up by <code>crd demo</code>. No real case, person, office or county is shown.</p>`;
}
