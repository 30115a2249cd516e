import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fixturesRoot } from './fixtures';
import { LOCAL_ACCOUNTS, type LocalAccount } from './accounts';

/**
 * A local stand-in for the ORCID public API (`ORCID_API_URL`, e.g. http://127.0.0.1:8791/v3.0) serving
 * `/v3.0/<iD>/record`, `/works` and `/employments` as JSON for the local accounts. Every record is built
 * from ORCID's official v3.0 sample (fixtures/orcid/official-sample_record-full-3.0.json): the sample's
 * fictional iD is substituted with the account's, its name set, its works and employments replaced by copies
 * of the sample's own work and employment entries carrying the account's DOIs and institution, and the
 * sections a claim does not read emptied. Unknown iDs get ORCID's 404 error shape.
 */
const SAMPLE_ID = '0000-0002-7319-2192';

type Json = Record<string, unknown>;

export interface OrcidApiReplay {
  url: string;
  /** `${url}/v3.0`, what ORCID_API_URL should be. */
  apiUrl: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startOrcidApiReplay(options: { port?: number; accounts?: readonly LocalAccount[] } = {}): Promise<OrcidApiReplay> {
  const records = new Map((options.accounts ?? LOCAL_ACCOUNTS).map((a) => [a.orcid, buildRecord(a)]));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://orcid.local').pathname;
    requests.push(path);
    const m = path.match(/^\/v3\.0\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/(record|works|employments)\/?$/);
    const record = m ? records.get(m[1]!) : undefined;
    res.setHeader('content-type', 'application/json;charset=UTF-8');
    if (!m || !record) {
      res.statusCode = 404;
      res.end(JSON.stringify(notFound(m?.[1] ?? path)));
      return;
    }
    const activities = record['activities-summary'] as Json;
    res.end(JSON.stringify(m[2] === 'record' ? record : activities[m[2]!]));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/v3.0`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let sample: string | null = null;

function buildRecord(account: LocalAccount): Json {
  sample ??= readFileSync(join(fixturesRoot(), 'orcid', 'official-sample_record-full-3.0.json'), 'utf8');
  const text = sample.replaceAll(SAMPLE_ID, account.orcid).replaceAll('sandbox.orcid.org', 'orcid.org');
  const record = JSON.parse(text) as Json;
  const person = record.person as Json;
  const name = person.name as Json;
  name['given-names'] = { value: account.givenNames };
  name['family-name'] = { value: account.familyName };
  const activities = record['activities-summary'] as Json;
  const works = activities.works as Json;
  const workGroup = (works.group as Json[])[0]!;
  works.group = account.dois.map((doi, i) => workWithDoi(workGroup, account, doi, i));
  const employments = activities.employments as Json;
  const employmentGroup = (employments['affiliation-group'] as Json[])[0]!;
  employments['affiliation-group'] = account.employment ? [employmentAt(employmentGroup, account, account.employment)] : [];
  for (const section of ['distinctions', 'educations', 'invited-positions', 'memberships', 'qualifications', 'services']) {
    (activities[section] as Json)['affiliation-group'] = [];
  }
  for (const section of ['fundings', 'peer-reviews', 'research-resources']) (activities[section] as Json).group = [];
  return record;
}

/** The person as source: what a researcher adds by hand (not a trust marker). */
function selfSource(account: LocalAccount): Json {
  return {
    'source-orcid': { uri: `https://orcid.org/${account.orcid}`, path: account.orcid, host: 'orcid.org' },
    'source-client-id': null,
    'source-name': { value: `${account.givenNames} ${account.familyName}` },
    'assertion-origin-orcid': null,
    'assertion-origin-client-id': null,
    'assertion-origin-name': null,
  };
}

function workWithDoi(template: Json, account: LocalAccount, doi: string, index: number): Json {
  const group = structuredClone(template);
  const externalIds = { 'external-id': [doiId(doi)] };
  group['external-ids'] = externalIds;
  group['work-summary'] = ((group['work-summary'] as Json[]) ?? []).slice(0, 1).map((s) => ({
    ...s,
    'put-code': 900000 + index,
    source: selfSource(account),
    'external-ids': externalIds,
    title: { title: { value: `Work ${doi}` }, subtitle: null, 'translated-title': null },
    path: `/${account.orcid}/work/${900000 + index}`,
  }));
  return group;
}

function doiId(doi: string): Json {
  return {
    'external-id-type': 'doi',
    'external-id-value': doi,
    'external-id-normalized': { value: doi, transient: true },
    'external-id-normalized-error': null,
    'external-id-url': { value: `https://doi.org/${doi}` },
    'external-id-relationship': 'self',
  };
}

function employmentAt(template: Json, account: LocalAccount, employment: NonNullable<LocalAccount['employment']>): Json {
  const group = structuredClone(template);
  group.summaries = ((group.summaries as Json[]) ?? []).slice(0, 1).map((entry) => {
    const summary = structuredClone(entry['employment-summary'] as Json);
    // The sample's employment was written by a member organisation's client; keep that source for a trust marker.
    if (!employment.memberAsserted) summary.source = selfSource(account);
    summary.organization = {
      name: employment.organisation,
      address: { city: null, region: null, country: null },
      'disambiguated-organization': { 'disambiguated-organization-identifier': employment.ror, 'disambiguation-source': 'ROR' },
    };
    summary['end-date'] = null;
    return { 'employment-summary': summary };
  });
  return group;
}

function notFound(orcid: string): Json {
  return {
    'response-code': 404,
    'developer-message': `404 Not Found: The resource was not found. Full validation error: ORCID iD ${orcid} not found`,
    'user-message': 'The resource was not found.',
    'error-code': 9016,
    'more-info': 'https://members.orcid.org/api/resources/troubleshooting',
  };
}
