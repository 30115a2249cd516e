import { startStack } from '../../support/sign-in-stack';
import { test as base } from '../fixtures';

/**
 * The e2e harness with sign-in: the worker's service runs with ORCID pointed at the local OpenID provider
 * and the ORCID record replay (tests/support/sign-in-stack.ts). The provider's login page
 * opens from `identity.launchWebAuthFlow` as a new page of the browser context.
 */
/** The local provider's origin, set when the worker's service starts (the route below lets it through). */
let issuer = '';

export const test = base.extend({
  service: [
    async ({}, use) => {
      const stack = await startStack('e2e');
      issuer = stack.issuer;
      await use(stack.service);
      await stack.close();
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
