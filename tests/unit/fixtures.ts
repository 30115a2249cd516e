/** Reads the saved real pages in the shared, read-only fixture folder. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from '../support/fixtures';

export const ARXIV_FIXTURES = fixture('arxiv');

export function arxivAbsFiles(): string[] {
  return readdirSync(ARXIV_FIXTURES)
    .filter((f) => /^abs_.*\.html$/.test(f))
    .sort();
}

export function readFixture(file: string): string {
  return readFileSync(join(ARXIV_FIXTURES, file), 'utf8');
}

/** Parses a saved page into its own Document (scripts are not run). */
export function parsePage(file: string): Document {
  return new DOMParser().parseFromString(readFixture(file), 'text/html');
}

/** Loads a saved page into the test's global document, so inserted badges live in a real window. */
export function loadIntoDocument(file: string): void {
  const html = readFixture(file);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
}
