/** The saved pages now live with the code that serves them to `npm run dev`'s browser too (server/dev/). */
export { SAVED_PAGES, pagePath, readPage, savedPage, type SavedPage } from '../../server/dev/saved-pages';
