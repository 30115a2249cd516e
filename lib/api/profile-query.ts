import { z } from 'zod';

/** Paging of a researcher's works (`GET /v1/researchers/:id?page=&perPage=`, `…/works?…&since=`). */
export const WORKS_PAGING = { defaultPerPage: 20, maxPerPage: 100 } as const;

const positiveInt = (what: string) =>
  z.coerce.number({ error: `${what} must be a whole number` }).int(`${what} must be a whole number`).min(1, `${what} starts at 1`);

export const ProfileQuery = z.object({
  page: positiveInt('page').default(1),
  perPage: positiveInt('perPage')
    .max(WORKS_PAGING.maxPerPage, `perPage is at most ${WORKS_PAGING.maxPerPage}`)
    .default(WORKS_PAGING.defaultPerPage),
});
export type ProfileQuery = z.infer<typeof ProfileQuery>;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date looks like 2026-05-20')
  .refine(isCalendarDate, 'that date does not exist');

function isCalendarDate(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, day));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
}

export const WorksQuery = ProfileQuery.extend({
  /** Only works published on or after this date (the "new works" check of followed researchers). */
  since: IsoDate.optional(),
});
export type WorksQuery = z.infer<typeof WorksQuery>;

export const SEARCH_QUERY_LENGTH = { min: 2, max: 200 } as const;
