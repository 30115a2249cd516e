/**
 * Imported first by every content-side schema: MV3 pages forbid eval, and zod would fall back by itself, but
 * Firefox's review tool flags the attempt. Not in lib/api/ (the service shares those schemas and keeps its JIT).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
