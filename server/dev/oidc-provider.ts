import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';
import { LOCAL_ACCOUNTS, type LocalAccount } from './accounts';

/**
 * A real OpenID provider (`oidc-provider`) on 127.0.0.1 standing in for ORCID in dev and tests: authorization
 * code with PKCE required, RS256 id_tokens signed with a key made at start-up (published at its JWKS), `sub`
 * the account's ORCID iD as ORCID does. Its login page asks only for an ORCID iD — type one of the local
 * accounts' — and grants the client's requested scopes without a consent step, like ORCID's own flow.
 */
export interface LocalClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface LocalOrcidProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startLocalOrcidProvider(options: {
  port?: number;
  clients: LocalClient[];
  accounts?: readonly LocalAccount[];
}): Promise<LocalOrcidProvider> {
  const accounts = new Map((options.accounts ?? LOCAL_ACCOUNTS).map((a) => [a.orcid, a]));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // oidc-provider's in-memory adapter (it warns about it) is right here: sign-ins of a dev or test run only.
  const OidcProvider = await withoutKnownWarnings(async () => (await import('oidc-provider')).default);
  const provider = withoutKnownWarnings(() => new OidcProvider(issuer, {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // ORCID puts the name in the id_token of a plain `openid` sign-in.
    claims: { openid: ['sub', 'name', 'given_name', 'family_name'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Short lives, like ORCID's; set explicitly (the defaults log a notice on every use).
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: account.orcid,
        claims: () => ({
          sub: account.orcid,
          name: `${account.givenNames} ${account.familyName}`,
          given_name: account.givenNames,
          family_name: account.familyName,
        }),
      };
    },
  }));
  const handle = provider.callback();

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (!path.startsWith('/interaction/')) return void handle(req, res);
    interaction(provider, accounts, req, res).catch((error: unknown) => {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`Sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** GET: the login form. POST: the typed iD → login and grant in one step, then back to the authorization. */
async function interaction(provider: Provider, accounts: Map<string, LocalAccount>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method !== 'POST') return sendForm(res, details.uid, accounts, null);
  const form = new URLSearchParams(await readBody(req));
  const account = accounts.get((form.get('orcid') ?? '').trim().toUpperCase());
  if (!account) return sendForm(res, details.uid, accounts, `No local account has the ORCID iD “${form.get('orcid') ?? ''}”.`);
  const clientId = String(details.params.client_id);
  const grant = new provider.Grant({ accountId: account.orcid, clientId });
  grant.addOIDCScope(String(details.params.scope ?? 'openid'));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: account.orcid }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

function sendForm(res: ServerResponse, uid: string, accounts: Map<string, LocalAccount>, error: string | null): void {
  const list = [...accounts.values()]
    .map((a) => `<li><code>${escape(a.orcid)}</code> ${escape(`${a.givenNames} ${a.familyName}`)} — ${escape(a.note)}</li>`)
    .join('');
  res.statusCode = error ? 400 : 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in — local ORCID</title></head>
<body style="font:16px system-ui;max-width:40em;margin:2em auto">
<h1>Local ORCID (development)</h1>
${error ? `<p role="alert" style="color:#a00">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
<label>ORCID iD <input name="orcid" autofocus required pattern="\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dXx]" placeholder="0000-0001-6187-6610"></label>
<button type="submit">Sign in</button>
</form>
<p>Accounts:</p><ul>${list}</ul>
</body></html>`);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) throw new Error('The form is too large.');
  }
  return body;
}

/**
 * oidc-provider's warnings that are known and expected of this dev/test stand-in (Node 20 is below its supported
 * runtime; the in-memory adapter is deliberate), dropped by their exact words so any other warning still shows.
 */
const KNOWN_WARNINGS = ['oidc-provider WARNING: Unsupported runtime.', 'oidc-provider WARNING: a quick start development-only in-memory adapter is used'];

function withoutKnownWarnings<T>(run: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && KNOWN_WARNINGS.some((w) => (args[0] as string).includes(w))) return;
    warn(...args);
  };
  const restore = () => void (console.warn = warn);
  try {
    const result = run();
    if (result instanceof Promise) return result.finally(restore) as T;
    restore();
    return result;
  } catch (error) {
    restore();
    throw error;
  }
}
