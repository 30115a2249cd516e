/** The always-on detector's only message: "this frame shows a scholarly page" (no data: the sender says where). */
export const SCHOLARLY_PAGE_MESSAGE = 'peerlens:scholarly-page';

export function isScholarlyPageMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SCHOLARLY_PAGE_MESSAGE;
}
