import * as oidc from 'openid-client';
import { toOrcid } from '../../lib/api/ids';
import { stripUnsafeText } from '../../lib/api/constants';

export interface OrcidOidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This service's callback, registered with ORCID: `${PUBLIC_URL}/v1/auth/orcid/callback`. */
  callbackUrl: string;
}

export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Who ORCID says signed in: the iD is the id_token's `sub`, checked by openid-client against ORCID's keys. */
export interface OrcidIdentity {
  orcid: string;
  name: string | null;
}

export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignInError';
  }
}

/**
 * ORCID as an OpenID provider, through openid-client (discovery, PKCE, state, nonce, id_token signature and
 * claims). Discovery happens on first use and is retried after a failure, so the service starts even while
 * ORCID (or the local provider) is not up yet.
 */
export class OrcidSignIn {
  private config: Promise<oidc.Configuration> | null = null;

  constructor(private readonly settings: OrcidOidcSettings) {}

  get callbackUrl(): string {
    return this.settings.callbackUrl;
  }

  async authorizationUrl(checks: SignInChecks): Promise<URL> {
    const config = await this.configuration();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.callbackUrl,
      scope: 'openid',
      response_type: 'code',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      // Claims hang on which ORCID account signs in: always ask, never reuse a session left in the browser.
      prompt: 'login',
    });
  }

  /** Exchanges the callback's code; throws `SignInError` for anything the provider or its tokens got wrong. */
  async finish(callbackUrl: URL, checks: SignInChecks): Promise<OrcidIdentity> {
    let claims: oidc.IDToken | undefined;
    try {
      const config = await this.configuration();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      throw new SignInError(`ORCID sign-in could not be completed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const orcid = toOrcid(typeof claims?.sub === 'string' ? claims.sub : null);
    if (!claims || !orcid) throw new SignInError('ORCID did not name a valid ORCID iD.');
    // Names are text from outside: control characters and unpaired surrogates would fail the users table (22021).
    const text = (v: unknown) => (typeof v === 'string' ? stripUnsafeText(v).trim() : '');
    const name = text(claims.name) || `${text(claims.given_name)} ${text(claims.family_name)}`.trim() || null;
    return { orcid, name };
  }

  private configuration(): Promise<oidc.Configuration> {
    this.config ??= (async () => {
      const issuer = new URL(this.settings.issuer);
      // Plain http only for a provider on this machine (the local stand-in for ORCID in dev and tests).
      const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
      return oidc.discovery(
        issuer,
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        local ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
      );
    })().catch((error: unknown) => {
      this.config = null;
      throw error;
    });
    return this.config;
  }
}
