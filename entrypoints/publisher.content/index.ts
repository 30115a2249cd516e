/**
 * Trust badges on publisher article pages. The manifest runs this only on the supported publishers'
 * hosts; sites the reader adds on the options page get it too (registered at run time for exactly those
 * origins), and so does any other page the always-on detector finds scholarly metadata on (the
 * background runs it in that frame): both are served by the generic adapter.
 */
import { adapterForUrl } from '@/lib/detect/adapter-for-url';
import { generic } from '@/lib/detect/generic';
import { matchesPattern } from '@/lib/detect/url-match';
import { runPageBadges } from '@/entrypoints/content/page-runner';
import { PUBLISHER_ADAPTERS, PUBLISHER_SITES } from '@/lib/sites';
import { isUrlServed } from '@/lib/sites/supported-sites';

export default defineContentScript({
  matches: PUBLISHER_SITES.flatMap((s) => s.matches),
  runAt: 'document_idle',
  async main(ctx) {
    const url = new URL(location.href);
    // A supported host's other pages (a journal's home page) are not the generic adapter's to guess at.
    const onSupportedHost = PUBLISHER_SITES.some((s) => s.matches.some((m) => matchesPattern(url, m)));
    const adapter = adapterForUrl(PUBLISHER_ADAPTERS, url) ?? (onSupportedHost ? undefined : generic);
    if (!adapter) return;
    await runPageBadges(ctx, adapter, (settings) =>
      adapter === generic ? isUrlServed(url, settings) : !settings.disabledSites.includes(adapter.site),
    );
  },
});

