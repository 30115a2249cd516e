import { DEV } from './accounts';

// `npm run dev`'s service: the real entry point, with ORCID pointed at the local stand-ins (server/dev/run-orcid.ts)
// unless the environment says otherwise.
process.env.ORCID_ISSUER ??= `http://127.0.0.1:${DEV.oidcPort}`;
process.env.ORCID_CLIENT_ID ??= DEV.clientId;
process.env.ORCID_CLIENT_SECRET ??= DEV.clientSecret;
process.env.ORCID_API_URL ??= `http://127.0.0.1:${DEV.orcidApiPort}/v3.0`;
await import('../main');
