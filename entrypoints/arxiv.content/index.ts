/**
 * Trust badges after each author name on arXiv abstract pages.
 * The adapter reads the page, `startBadges` places badges and sends the page's one resolve message,
 * the popover shows a badge's card. Everything ends with `ctx` (extension reload, navigation).
 */
import { ARXIV_ABS_MATCHES, detectArxivAbs } from '@/lib/detect/arxiv-abs';
import { createCardPopover } from '@/lib/badge/card-popover';
import { startBadges } from '@/lib/badge/controller';
import { parseResolveReply } from '@/lib/badge/parse-reply';
import { yieldToMain } from '@/lib/badge/yield';

export default defineContentScript({
  matches: ARXIV_ABS_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    try {
      // Reading a 3,400-author page takes a few tens of ms (on a slow machine): reading, badging and
      // sending each get a task of their own, after the one that evaluated this script.
      await yieldToMain();
      const papers = detectArxivAbs(document);
      if (papers.length === 0 || ctx.isInvalid) return;
      await yieldToMain();
      if (ctx.isInvalid) return;
      let retry = () => {};
      const card = createCardPopover(document, ctx.signal, () => retry(), { papers });
      const badges = startBadges({
        papers,
        signal: ctx.signal,
        send: (message) => browser.runtime.sendMessage(message),
        parseReply: parseResolveReply,
        onOpen: (record) => card.toggle(record),
        onUpdate: (record) => card.update(record),
      });
      retry = () => void badges.retry();
    } catch (error) {
      // Never throw into the page: a failure here costs the badges, not the reader's page.
      console.warn('PeerLens: badges unavailable on this page', error);
    }
  },
});
