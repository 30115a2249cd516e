/**
 * The local ORCID stand-in (server/dev/oidc-provider.ts) starts without oidc-provider's known warnings for a dev
 * or test provider (Node 20 runtime, in-memory adapter), which printed on every run; any other warning still shows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLocalOrcidProvider } from '../../server/dev/oidc-provider';

afterEach(() => vi.restoreAllMocks());

describe('quiet output', () => {
  it('the local OpenID provider starts and serves its discovery document without oidc-provider warnings', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const provider = await startLocalOrcidProvider({ clients: [{ clientId: 'quiet', clientSecret: 'quiet-secret', redirectUris: ['http://127.0.0.1:1/cb'] }] });
    try {
      const res = await fetch(`${provider.issuer}/.well-known/openid-configuration`);
      expect(res.ok).toBe(true);
      expect(warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('oidc-provider WARNING'))).toEqual([]);
      // Other warnings are not swallowed once the provider is up.
      console.warn('something new');
      expect(warn).toHaveBeenCalledWith('something new');
    } finally {
      await provider.close();
    }
  });
});
