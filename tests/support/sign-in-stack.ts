import { startLocalOrcidProvider } from '../../server/dev/oidc-provider';
import { startOrcidApiReplay } from '../../server/dev/orcid-api';
import { startOpenAlexReplay } from '../../server/dev/openalex-replay';
import { LocalService } from '../../server/dev/local-service';
import { freePort } from '../../server/dev/free-port';


/**
 * The local stack of both browser tiers with sign-in (Chromium: tests/e2e/support/sign-in-fixtures.ts, Firefox:
 * tests/firefox/): the real service over the recorded OpenAlex answers, ORCID's OpenID provider stand-in and its
 * record replay, each on a free port. `client` names the tier's OpenID client at the provider.
 */
export async function startStack(client: string): Promise<{ service: LocalService; issuer: string; close(): Promise<void> }> {
  const CLIENT = { clientId: `peerlens-${client}`, clientSecret: `peerlens-${client}-secret` };
  const replay = await startOpenAlexReplay();
  const port = await freePort();
  const provider = await startLocalOrcidProvider({
    clients: [{ ...CLIENT, redirectUris: [`http://127.0.0.1:${port}/v1/auth/orcid/callback`] }],
  });
  const orcidApi = await startOrcidApiReplay();
  const service = new LocalService(port, {
    OPENALEX_URL: replay.url,
    ORCID_ISSUER: provider.issuer,
    ORCID_CLIENT_ID: CLIENT.clientId,
    ORCID_CLIENT_SECRET: CLIENT.clientSecret,
    ORCID_API_URL: orcidApi.apiUrl,
  });
  await service.start();
  return {
    service,
    issuer: provider.issuer,
    close: async () => {
      await service.dispose();
      await Promise.all([replay.close(), provider.close(), orcidApi.close()]);
    },
  };
}
