/** The saved arXiv abstract pages now live with the code that serves them to `npm run dev`'s browser too (server/dev/). */
export { savedArxivPages, type SavedArxivPage } from '../../../server/dev/saved-pages';
