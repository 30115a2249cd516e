/** The replay's index lives in server/dev/ with the replay; tests import it from here as before. */
export * from '../../../server/dev/openalex-index';
