import { expect, type Page } from '@playwright/test';

interface Focused {
  id: string;
  tag: string;
  /** A field's label, or a link's or button's words (including visually hidden ones). */
  name: string;
  /** The focus indicator is drawn: an outline or a box shadow. */
  visible: boolean;
}

function describeFocus(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return { id: '', tag: '', name: '', visible: false };
    const labelled = el as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null };
    const label = labelled.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      name: label.replace(/\s+/g, ' ').trim(),
      visible: outline || style.boxShadow !== 'none',
    };
  });
}

function matches(focused: Focused, target: string | RegExp): boolean {
  if (typeof target !== 'string') return target.test(focused.name);
  return focused.id === target || focused.name === target;
}

/** The element with focus shows it: an outline or a box shadow, never nothing. */
export async function expectFocusVisible(page: Page): Promise<void> {
  const focused = await describeFocus(page);
  expect(focused.tag, 'something has focus').not.toBe('');
  expect(focused.visible, `focus is visible on <${focused.tag}> "${focused.name}"`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element is the target: an id,
 * or exactly its label or words, or a pattern for them. Each element landed
 * on must show its focus.
 */
export async function tabTo(
  page: Page,
  target: string | RegExp,
  { backwards = false, maxPresses = 150 }: { backwards?: boolean; maxPresses?: number } = {},
): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    const focused = await describeFocus(page);
    // Nothing focused: Tab has just left the page for the browser's own controls, and the next press wraps round.
    if (i > 0 && focused.tag !== '')
      expect(focused.visible, `focus is visible on <${focused.tag}> "${focused.name}"`).toBe(true);
    if (matches(focused, target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Within a radio group that has focus, presses ArrowDown until the radio with this label is chosen. */
export async function arrowTo(page: Page, label: string, maxPresses = 20): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    const focused = await describeFocus(page);
    if (focused.name === label) {
      const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
      if (!checked) await page.keyboard.press('Space');
      await expectFocusVisible(page);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The arrow keys never reached the radio "${label}"`);
}

/** Focuses a field by Tab and types into it, replacing what was there. */
export async function typeInto(page: Page, target: string | RegExp, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Fills a day/month/year date field whose boxes are `${id}-day`, `-month`, `-year`. */
export async function typeDate(page: Page, id: string, day: string, month: string, year: string): Promise<void> {
  await typeInto(page, `${id}-day`, day);
  await typeInto(page, `${id}-month`, month);
  await typeInto(page, `${id}-year`, year);
}
