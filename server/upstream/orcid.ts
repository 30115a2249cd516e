import { normaliseDoi } from '../../lib/api/ids';
import { OrcidRecord } from './orcid-schemas';
import { UpstreamGate } from './upstream-gate';

const SERVICE = 'ORCID';

/** An affiliation on an ORCID record, reduced to what matching a record's institution needs. */
export interface OrcidAffiliation {
  kind: 'employment' | 'education';
  organisation: string | null;
  /** e.g. `https://ror.org/02nr0ka47` with source `ROR`. */
  orgId: string | null;
  orgIdSource: string | null;
  /** Written by an ORCID member organisation's integration (a trust marker), not by the person. */
  memberAsserted: boolean;
}

/** The facts of an ORCID record a claim decision uses. */
export interface OrcidFacts {
  orcid: string;
  dois: Set<string>;
  affiliations: OrcidAffiliation[];
  /** Any item asserted by a member organisation (works included). */
  trustMarker: boolean;
  verifiedPrimaryEmail: boolean;
}

/** Reads public ORCID records (`ORCID_API_URL`, e.g. https://pub.orcid.org/v3.0, or the local replay in dev and tests). */
export class OrcidApiClient {
  /** Bounded body, timeout, one retry, a service-wide limit and a circuit, as for every upstream. */
  private readonly gate = new UpstreamGate({ service: SERVICE, concurrency: 4, retry: { retries: 1, minTimeoutMs: 200, maxTimeoutMs: 1_000 } });

  constructor(private readonly options: { baseUrl: string; timeoutMs?: number; maxBytes?: number; fetch?: typeof fetch }) {}

  /** The record's facts, or null when ORCID has no such iD. Throws `UpstreamError` when it cannot be read. */
  async getFacts(orcid: string): Promise<OrcidFacts | null> {
    const record = await this.getRecord(orcid);
    return record ? factsOf(record) : null;
  }

  private getRecord(orcid: string): Promise<OrcidRecord | null> {
    return this.gate.getJson({
      service: SERVICE,
      url: `${this.options.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(orcid)}/record`,
      schema: OrcidRecord,
      limits: { timeoutMs: this.options.timeoutMs ?? 8_000, maxBytes: this.options.maxBytes ?? 4 * 1024 * 1024 },
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
  }
}

export function factsOf(record: OrcidRecord): OrcidFacts {
  const activities = record['activities-summary'];
  const dois = new Set<string>();
  let memberWork = false;
  for (const group of activities?.works?.group ?? []) {
    for (const work of group['work-summary'] ?? []) {
      if (work.source?.['source-client-id']?.path) memberWork = true;
      for (const id of work['external-ids']?.['external-id'] ?? []) {
        if (id['external-id-type'].toLowerCase() !== 'doi') continue;
        const doi = normaliseDoi(String(id['external-id-normalized']?.value ?? id['external-id-value']));
        if (doi) dois.add(doi);
      }
    }
  }
  const affiliations: OrcidAffiliation[] = [];
  for (const [kind, section] of [['employment', activities?.employments], ['education', activities?.educations]] as const) {
    for (const group of section?.['affiliation-group'] ?? []) {
      for (const summary of group.summaries ?? []) {
        const item = summary[`${kind}-summary`];
        if (!item) continue;
        const org = item.organization?.['disambiguated-organization'];
        affiliations.push({
          kind,
          organisation: item.organization?.name ?? null,
          orgId: org?.['disambiguated-organization-identifier'] ?? null,
          orgIdSource: org?.['disambiguation-source'] ?? null,
          memberAsserted: Boolean(item.source?.['source-client-id']?.path),
        });
      }
    }
  }
  const emails = record.person?.emails?.email ?? [];
  return {
    orcid: record['orcid-identifier'].path,
    dois,
    affiliations,
    trustMarker: memberWork || affiliations.some((a) => a.memberAsserted),
    verifiedPrimaryEmail: record.history?.['verified-primary-email'] === true || emails.some((e) => e.verified === true && e.primary === true),
  };
}
