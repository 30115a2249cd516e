/** The saved pages now live with the code that serves them to `npm run dev`'s browser too (server/dev/). */
export { GENERIC_PAGES, NEGATIVE_PAGES, SAVED_PAGES, pagePath, readPage, savedPage, type SavedPage } from '../../server/dev/saved-pages';
