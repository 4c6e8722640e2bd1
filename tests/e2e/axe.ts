/**
 * Axe on the page as it stands, the violations as one line each ("rule: targets"). This is what
 * AxeBuilder.analyze() runs (the same axe-core, rules and tags), minus its costs that these pages
 * do not need: on a page with no frames it injects axe once (AxeBuilder evaluates the 0.5 MB
 * script twice, then again in a blank page it opens to merge the frames' results), runs axe.run
 * in the page, and asks for the violations only (axe then skips building selectors and HTML for
 * the thousands of nodes that pass). A page with frames goes through AxeBuilder, frames and all.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const describe = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);

export async function axeViolations(page: Page, tags: string[] = axeTags): Promise<string[]> {
  if (page.frames().length > 1) return describe((await new AxeBuilder({ page }).withTags(tags).analyze()).violations);
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (values) => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const results = await inPage.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => ({ target: node.target as unknown[] })) }));
  }, tags);
  return describe(violations);
}
