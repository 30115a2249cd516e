import { DEV, LOCAL_ACCOUNTS } from './accounts';
import { startLocalOrcidProvider } from './oidc-provider';
import { startOrcidApiReplay } from './orcid-api';

// `npm run dev`: ORCID's stand-ins on this machine — the OpenID provider (sign-in) and the record API replay —
// so a newcomer can sign in and claim offline. The dev service (server/dev/service.ts) points at both.
const servicePort = Number(process.env.PORT ?? 8787);
const provider = await startLocalOrcidProvider({
  port: DEV.oidcPort,
  clients: [{ clientId: DEV.clientId, clientSecret: DEV.clientSecret, redirectUris: [`http://127.0.0.1:${servicePort}/v1/auth/orcid/callback`] }],
});
const api = await startOrcidApiReplay({ port: DEV.orcidApiPort });
console.log(`Local ORCID sign-in at ${provider.issuer}, record API at ${api.apiUrl}. Sign in by typing one of these iDs:`);
for (const a of LOCAL_ACCOUNTS) console.log(`  ${a.orcid}  ${a.givenNames} ${a.familyName}${a.openAlexId ? ` (OpenAlex ${a.openAlexId})` : ''}`);
const stop = () => void Promise.all([provider.close(), api.close()]).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
