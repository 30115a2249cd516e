/**
 * Trust badges on arXiv: abstract pages, listings (new, recent, past week, catch-up, author pages),
 * search results and HTML full text. The adapter for the page is chosen by its URL; listings badge
 * and ask only for entries near the viewport, in batches, as the reader scrolls.
 */
import { adapterForUrl } from '@/lib/detect/adapter-for-url';
import { runPageBadges } from '@/entrypoints/content/page-runner';
import { adapters as ARXIV_ADAPTERS } from '@/lib/sites/arxiv';

export default defineContentScript({
  matches: ARXIV_ADAPTERS.flatMap((a) => a.matches),
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForUrl(ARXIV_ADAPTERS, new URL(location.href));
    if (!adapter) return;
    await runPageBadges(ctx, adapter, (settings) => !settings.disabledSites.includes(adapter.site));
  },
});
