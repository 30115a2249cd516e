/** The OpenAlex replay lives in server/dev/ (npm run dev serves it offline too); tests import it from here as before. */
export * from '../../../server/dev/openalex-replay';
