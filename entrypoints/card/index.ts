/**
 * The badge card, loaded by the content scripts on first open (entrypoints/content/card-loader.ts): it runs in
 * the content script's isolated world and leaves its factory there. Not listed in the manifest's
 * content scripts; web-accessible only on the sites the content scripts match (wxt.config.ts).
 */
import { registerCardFactory } from '@/entrypoints/content/card-loader';
import { createCardPopover } from './card-popover';

export default defineUnlistedScript(() => {
  registerCardFactory(createCardPopover);
});
