import { z } from 'zod';

/** Tags, comments and doctypes: a message is shown as text, so markup in it is a mistake or an attack. */
const HTML_TAG = /<\s*[/!?]?\s*[a-z][^>]*>|<!--/i;
/** C0/C1 controls (tab and, where allowed, newlines excepted) and bidi overrides that can disguise text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const NEWLINE = /[\r\n]/;
/** Half of a UTF-16 pair without its other half: not text, and stored as U+FFFD or refused by the database. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Plain text a person typed: trimmed, 1..max characters, no HTML tags, no control characters, and on one line
 * unless `multiline`. Messages say what is wrong so the popup can show them as they are.
 */
export function plainText(max: number, options: { multiline?: boolean; min?: number } = {}) {
  return z
    .string()
    .trim()
    .min(options.min ?? 1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((s) => !HTML_TAG.test(s), 'plain text only: HTML tags are not allowed')
    .refine((s) => !CONTROL.test(s), 'plain text only: control characters are not allowed')
    .refine((s) => !LONE_SURROGATE.test(s), 'plain text only: broken characters (unpaired surrogates) are not allowed')
    .refine((s) => options.multiline === true || !NEWLINE.test(s), 'one line only');
}
