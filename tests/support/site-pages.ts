/** The built site pages live in server/dev/ with the saved-page list that serves them; tests import them from here. */
export * from '../../server/dev/site-pages';
