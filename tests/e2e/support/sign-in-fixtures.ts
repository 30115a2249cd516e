import { startLocalOrcidProvider } from '../../../server/dev/oidc-provider';
import { startOrcidApiReplay } from '../../../server/dev/orcid-api';
import { startOpenAlexReplay } from '../../server/support/openalex-replay';
import { test as base } from '../fixtures';
import { LocalService, freePort } from './service';

const CLIENT = { clientId: 'peerlens-e2e', clientSecret: 'peerlens-e2e-secret' };

/**
 * The e2e harness with sign-in: the worker's service runs with ORCID pointed at the local OpenID provider
 * and the ORCID record replay (server/dev/), both started here on free ports. The provider's login page
 * opens from `identity.launchWebAuthFlow` as a new page of the browser context.
 */
/** The local provider's origin, set when the worker's service starts (the route below lets it through). */
let issuer = '';

export const test = base.extend({
  service: [
    async ({}, use) => {
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
      issuer = provider.issuer;
      await service.start();
      await use(service);
      await service.dispose();
      await Promise.all([replay.close(), provider.close(), orcidApi.close()]);
    },
    { scope: 'worker' },
  ],

  extContext: [
    async ({ extContext }, use) => {
      // The base harness refuses every origin but the service and the saved sites: let the sign-in and the
      // extension's own pages (popup, actions window) through.
      await extContext.route(
        (url) => url.origin === issuer || url.protocol === 'chrome-extension:',
        (route) => route.continue(),
      );
      await use(extContext);
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
