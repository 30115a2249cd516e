/**
 * What the always-on detector must say of each saved page: scholarly unless the page is marked not scholarly
 * or it is a listing, search or full-text page of a known site, whose head carries no metadata (their own
 * scripts serve them). Shared by the detector's unit test (its head reading) and its Chromium spec (the built
 * script, in the engine it runs in).
 */
import type { SavedPage } from './saved-pages';

const NO_HEAD_METADATA = /^pages\/(arxiv_(list|a|search|html)_|ieee_|dblp_|google-scholar_|jstor_|neurips_\d{4}_index|pmlr_v\d+_index|cvf_[a-z0-9]+_index)/;

export function detectorSaysScholarly(saved: SavedPage): boolean {
  return !saved.notScholarly && !NO_HEAD_METADATA.test(saved.file);
}
