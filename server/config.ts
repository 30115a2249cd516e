import { z } from 'zod';
import { parseTrustProxy } from './auth/client-address';

/** Empty strings in the environment mean "not set", so `FOO= npm run serve` behaves like no FOO. */
const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

export const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATA_DIR: z.string().min(1).default('.data/'),
  DATABASE_URL: optionalUrl,
  /** Service processes sharing the port (node:cluster); more than 1 needs DATABASE_URL (PGlite has one owner). */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  PUBLIC_URL: optionalUrl,
  OPENALEX_URL: z.url().default('https://api.openalex.org'),
  OPENALEX_API_KEY: optional,
  S2_URL: z.url().default('https://api.semanticscholar.org/graph/v1'),
  S2_API_KEY: optional,
  CROSSREF_URL: z.url().default('https://api.crossref.org'),
  ORCID_ISSUER: z.url().default('https://orcid.org'),
  ORCID_CLIENT_ID: optional,
  ORCID_CLIENT_SECRET: optional,
  ORCID_API_URL: z.url().default('https://pub.orcid.org/v3.0'),
  /** Comma-separated URL prefixes a sign-in may redirect to besides extension redirect URLs (see auth/redirects.ts). */
  AUTH_REDIRECT_URLS: optional,
  /** Proxies in front of the service whose X-Forwarded-For is believed: a hop count or addresses/CIDRs (auth/client-address.ts). */
  TRUST_PROXY: optional.refine(validTrustProxy, 'a hop count (e.g. 1) or comma-separated addresses/CIDR ranges (e.g. 10.0.0.0/8, loopback)'),
});
export type Config = z.infer<typeof Config>;

/** Reads the service's configuration; a bad value stops start-up with every problem listed. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Config.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

function validTrustProxy(value: string | undefined): boolean {
  try {
    parseTrustProxy(value);
    return true;
  } catch {
    return false;
  }
}
