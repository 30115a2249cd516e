import type { ResolveReply } from '../../lib/protocol';
import { ResolveReplyMini } from './reply-schema';

/** The background's answer, schema-checked: anything else is treated as "no answer" (an error badge). */
export function parseResolveReply(raw: unknown): ResolveReply | null {
  const parsed = ResolveReplyMini.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
