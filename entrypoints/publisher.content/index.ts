/**
 * Trust badges on publisher article pages. The manifest runs this only on the supported publishers'
 * hosts; sites the reader adds on the options page get it too (registered at run time for exactly those
 * origins), and so does any other page the always-on detector finds scholarly metadata on (the
 * background runs it in that frame): both are served by the generic adapter.
 */
import { adapterForUrl } from '@/lib/detect/adapter-for-url';
import { generic } from '@/lib/detect/generic';
import { PUBLISHER_ADAPTERS } from '@/lib/detect/publisher-adapters';
import { matchesPattern } from '@/lib/detect/url-match';
import { runPageBadges } from '@/entrypoints/content/page-runner';
import { isUrlServed } from '@/lib/sites/supported-sites';

export default defineContentScript({
  matches: PUBLISHER_ADAPTERS.flatMap((a) => a.matches),
  runAt: 'document_idle',
  async main(ctx) {
    const url = new URL(location.href);
    // A supported host's other pages (a journal's home page) are not the generic adapter's to guess at.
    const onSupportedHost = PUBLISHER_ADAPTERS.some((a) => a.matches.some((m) => matchesPattern(url, m)));
    const adapter = adapterForUrl(PUBLISHER_ADAPTERS, url) ?? (onSupportedHost ? undefined : generic);
    if (!adapter) return;
    await runPageBadges(ctx, adapter, (settings) =>
      adapter === generic ? isUrlServed(url, settings) : !settings.disabledSites.includes(adapter.site),
    );
  },
});

