import type { Config } from '../config';
import { OrcidApiClient } from '../upstream/orcid';
import { OrcidSignIn } from './orcid-oidc';

/** What sign-in and claims need beyond the database: ORCID as OpenID provider and as record API. */
export interface AuthDeps {
  /** Null when no ORCID client is configured: sign-in answers 503, everything else still works. */
  signIn: OrcidSignIn | null;
  orcidApi: OrcidApiClient;
  /** Extra allowed sign-in redirect URL prefixes (besides extension redirect URLs). */
  redirectAllowList: string[];
  /** Whether the service is reached over https (the sign-in cookie is then `Secure`). */
  secure: boolean;
}

export function authDepsFromConfig(config: Config): AuthDeps {
  const publicUrl = (config.PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, '');
  const signIn =
    config.ORCID_CLIENT_ID && config.ORCID_CLIENT_SECRET
      ? new OrcidSignIn({
          issuer: config.ORCID_ISSUER,
          clientId: config.ORCID_CLIENT_ID,
          clientSecret: config.ORCID_CLIENT_SECRET,
          callbackUrl: `${publicUrl}/v1/auth/orcid/callback`,
        })
      : null;
  return {
    signIn,
    orcidApi: new OrcidApiClient({ baseUrl: config.ORCID_API_URL }),
    redirectAllowList: (config.AUTH_REDIRECT_URLS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    secure: publicUrl.startsWith('https:'),
  };
}
