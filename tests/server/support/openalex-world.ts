/** The replay's test worlds live in server/dev/ beside the replay; tests import them from here as before. */
export * from '../../../server/dev/openalex-world';
