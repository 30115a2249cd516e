import { z } from 'zod';
import { OpenAlexAuthorId } from '../api/ids';
import type { FollowEntry } from './follow-store';

/**
 * Export and import of the follow list. JSON keeps the format's version; CSV is for spreadsheets
 * (`researcherId,followedAt,name`). Imports are checked whole with zod: one bad row rejects the file with
 * the row named, so nothing half-imports.
 */
export const FOLLOW_EXPORT_VERSION = 1;
const MAX_IMPORT = 5000;

export const ImportedFollow = z.strictObject({
  researcherId: OpenAlexAuthorId,
  followedAt: z.iso.datetime({ offset: true }),
  name: z.string().trim().max(300).nullable().optional(),
});
export type ImportedFollow = z.infer<typeof ImportedFollow>;

const FollowExport = z.strictObject({
  format: z.literal('peerlens-follows'),
  version: z.literal(FOLLOW_EXPORT_VERSION),
  follows: z.array(ImportedFollow).max(MAX_IMPORT),
});

export function exportJson(entries: FollowEntry[]): string {
  const follows = entries.map((e) => ({ researcherId: e.researcherId, followedAt: e.followedAt, name: e.name }));
  return JSON.stringify({ format: 'peerlens-follows', version: FOLLOW_EXPORT_VERSION, follows }, null, 2);
}

export function exportCsv(entries: FollowEntry[]): string {
  const rows = entries.map((e) => [e.researcherId, e.followedAt, e.name ?? ''].map(csvField).join(','));
  return ['researcherId,followedAt,name', ...rows].join('\r\n') + '\r\n';
}

export type ImportResult = { ok: true; follows: ImportedFollow[] } | { ok: false; error: string };

/** Reads a JSON or CSV export (told apart by its first character). */
export function parseImport(text: string): ImportResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return { ok: false, error: 'This file is not valid JSON.' };
    }
    const parsed = FollowExport.safeParse(json);
    if (!parsed.success) return { ok: false, error: `Not a PeerLens follow list: ${describe(parsed.error)}` };
    return { ok: true, follows: parsed.data.follows };
  }
  return parseCsv(trimmed);
}

function parseCsv(text: string): ImportResult {
  const rows = csvRows(text);
  const header = rows.shift()?.map((h) => h.trim());
  if (!header || header[0] !== 'researcherId' || header[1] !== 'followedAt') {
    return { ok: false, error: 'Not a PeerLens follow list: the CSV must start with the header researcherId,followedAt,name.' };
  }
  if (rows.length > MAX_IMPORT) return { ok: false, error: `At most ${MAX_IMPORT} researchers can be imported at once.` };
  const follows: ImportedFollow[] = [];
  for (const [i, row] of rows.entries()) {
    const parsed = ImportedFollow.safeParse({ researcherId: row[0]?.trim(), followedAt: row[1]?.trim(), name: row[2] ? row[2].replace(/^'(?=[=+\-@])/, '') : null });
    if (!parsed.success) return { ok: false, error: `Row ${i + 2}: ${describe(parsed.error)}` };
    follows.push(parsed.data);
  }
  return { ok: true, follows };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'unreadable';
}

function csvField(value: string): string {
  // A leading =, +, - or @ would be a formula in a spreadsheet: prefix it so it stays text.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}
