import { parseName } from '../../lib/names';
import type { Db } from '../db/client';
import { findResearchersByName, findResearchersByOrcid } from '../db/researchers-store';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';

const STORED_MATCHES = 50;

/** Stored records whose display name or other names contain the query's longest word (ranked by the caller). */
export async function storedByName(db: Db, name: string): Promise<OpenAlexAuthor[]> {
  const words = name.split(/[\s,.]+/).filter((w) => parseName(w).tokens.length > 0);
  const word = words.sort((a, b) => b.length - a.length)[0];
  if (!word || word.length < 2) return [];
  return findResearchersByName(db, word, STORED_MATCHES);
}

export async function storedByOrcid(db: Db, orcid: string): Promise<OpenAlexAuthor[]> {
  return findResearchersByOrcid(db, orcid, 10);
}
