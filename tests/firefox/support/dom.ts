import type { ElementHandle, Page } from 'puppeteer-core';

/** Waits until `fn` (run in the page) returns a truthy value; the message says what was awaited. */
export async function until<A>(page: Page, what: string, fn: (arg: A) => unknown, arg: A, timeout = 20_000): Promise<void> {
  try {
    await page.waitForFunction(fn as (arg: unknown) => unknown, { timeout, polling: 100 }, arg);
  } catch (error) {
    throw new Error(`Timed out waiting for ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The text of an element, its shadow root included (badges and the card keep their look in one). */
export async function deepText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return '';
    return `${el.shadowRoot?.textContent ?? ''}${el.textContent ?? ''}`;
  }, selector);
}

/**
 * The first button (or role=tab, link) whose text matches, searched in the document and in the shadow root
 * of `within`; clicked through puppeteer's input, so the page sees a trusted click.
 */
export async function clickButton(page: Page, name: RegExp, within?: string): Promise<void> {
  const handle = await findButton(page, name, within);
  await handle.click();
  await handle.dispose();
}

export async function findButton(page: Page, name: RegExp, within?: string, timeout = 20_000): Promise<ElementHandle<Element>> {
  const source = name.source;
  const flags = name.flags;
  const what = `a button ${name}${within ? ` in ${within}` : ''}`;
  const deadline = Date.now() + timeout;
  // The page may redraw between finding the button and taking its handle: look again until both agree.
  while (Date.now() < deadline) {
    await until(page, what, lookup, { source, flags, within: within ?? null }, Math.max(1, deadline - Date.now()));
    const handle = (await page.evaluateHandle(lookup, { source, flags, within: within ?? null })).asElement();
    if (handle) return handle as ElementHandle<Element>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function lookup({ source, flags, within }: { source: string; flags: string; within: string | null }): Element | null {
  const re = new RegExp(source, flags);
  const root: ParentNode | null | undefined = within ? document.querySelector(within)?.shadowRoot ?? document.querySelector(within) : document;
  if (!root) return null;
  const all = [...root.querySelectorAll('button, [role="tab"], a')];
  return all.find((b) => re.test((b.textContent ?? '').replace(/\s+/g, ' ').trim()) && (b as HTMLElement).offsetParent !== null) ?? null;
}

/** Types into an input the way a person does (focus, then keys). */
export async function typeInto(page: Page, selector: string, text: string, clear = true): Promise<void> {
  const input = await page.waitForSelector(selector, { timeout: 20_000, visible: true });
  await input!.click();
  if (clear) {
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(text, { delay: 20 });
}
