import type { ResearcherProfile } from '../../lib/api/profile';

/** The record's public identifiers as links (ORCID when known, OpenAlex always): the popup's and the full profile's. */
export function ProfileIds({ profile, small = false }: { profile: ResearcherProfile; small?: boolean }) {
  const { summary } = profile;
  return (
    <p class={small ? 'ids muted small' : 'ids muted'}>
      {summary.orcid && (
        <a href={`https://orcid.org/${summary.orcid}`} target="_blank" rel="noreferrer">
          ORCID {summary.orcid}
        </a>
      )}{' '}
      <a href={profile.openAlexUrl} target="_blank" rel="noreferrer">
        OpenAlex {summary.id}
      </a>
    </p>
  );
}
