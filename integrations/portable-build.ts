/**
 * After the build, makes every page self-contained and safe to host anywhere:
 * - checks that nothing would break from file:// or a sub-path (root-absolute links, module or
 *   external scripts, external stylesheets) or reach another origin, and fails the build if so;
 * - adds a Content-Security-Policy meta tag that allows only this page's own inline scripts
 *   and styles, by hash, and nothing from any other origin. A meta tag, not a header, so the
 *   policy holds on any static host, an intranet share or a USB stick. A page that fetches a
 *   chart's script on the reader's first touch (an inert marker with `data-src`, added by
 *   src/client/deferred-scripts.ts) also gets 'strict-dynamic': what its hashed script adds runs,
 *   from wherever the page is (a file:// page has no origin for 'self' to name).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Neither a script file (src=) nor the marker of one that a script adds later (data-src=).
const inlineScript = /<script(?![^>]*\s(?:data-)?src=)[^>]*>([\s\S]*?)<\/script>/gi;
const deferredScriptMarker = /<script[^>]*\sdata-deferred-script[\s=>]/i;
const inlineStyle = /<style[^>]*>([\s\S]*?)<\/style>/gi;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function hashesOf(html: string, pattern: RegExp): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(pattern)) hashes.add(sha256(match[1] ?? ''));
  return [...hashes];
}

/** The policy for one page: its own inline scripts and styles by hash, and nothing else. */
export function contentSecurityPolicy(html: string): string {
  const scripts = hashesOf(html, inlineScript);
  // The page's own (hashed) script adds a chart's script file when the reader first reaches for it.
  if (scripts.length && deferredScriptMarker.test(html)) scripts.push("'strict-dynamic'");
  const styles = hashesOf(html, inlineStyle);
  return [
    "default-src 'none'",
    `script-src ${scripts.length ? scripts.join(' ') : "'none'"}`,
    `style-src ${styles.length ? styles.join(' ') : "'none'"}`,
    // The favicon is an inline data: SVG; no image is ever loaded from anywhere else.
    'img-src data:',
    // The site's own typefaces, in its fonts/ folder (integrations/subset-fonts.ts).
    "font-src 'self'",
    // The site fetches nothing, but tools that audit a page from inside it (Lighthouse reading
    // robots.txt) need same-origin fetches; 'self' still allows nothing from another origin.
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** True for the href of <a> or <area>: a link the reader follows, not something the page loads. */
function isNavigation(html: string, attributeIndex: number, attribute: string): boolean {
  if (attribute.toLowerCase() !== 'href') return false;
  const tag = html.slice(html.lastIndexOf('<', attributeIndex));
  const tagName = /^<([a-z][a-z0-9-]*)/i.exec(tag)?.[1] ?? '';
  // A page's canonical address and its oEmbed discovery link name addresses; nothing loads them.
  if (/^link$/i.test(tagName)) return /^<link[^>]*\srel\s*=\s*["']?(canonical|alternate)["'\s>]/i.test(tag);
  return /^(a|area)$/i.test(tagName);
}

/** Everything in a page that would fail from file://, a sub-path, or reach another origin. */
export function portabilityProblems(page: string): string[] {
  // Text inside a <textarea> (the embed code offered for copying) is shown, never loaded or run.
  const html = page.replace(/(<textarea[^>]*>)[\s\S]*?(<\/textarea>)/gi, '$1$2');
  const problems: string[] = [];
  const attributes = /\s(src|data-src|href|action|srcset|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
  for (const match of html.matchAll(attributes)) {
    const attribute = match[1]!;
    const value = (match[2] ?? match[3] ?? match[4])!;
    if (value.startsWith('//')) problems.push(`${attribute}="${value}" is protocol-relative: it reaches another origin`);
    else if (value.startsWith('/')) problems.push(`${attribute}="${value}" is root-absolute: it breaks under a sub-path and from file://`);
    else if (/^https?:/i.test(value) && !isNavigation(html, match.index, attribute)) {
      problems.push(`${attribute}="${value}" loads from another origin`);
    }
  }
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    // The CSP allows inline code and styles only as whole <script>/<style> elements, by hash.
    if (/\sstyle\s*=/i.test(tag)) problems.push(`${tag.slice(0, 80)} has a style attribute, which the CSP blocks: use a class`);
    const handler = /\s(on[a-z]+)\s*=/i.exec(tag)?.[1];
    if (handler) problems.push(`${tag.slice(0, 80)} has an inline ${handler} handler, which the CSP blocks: use a script`);
  }
  for (const [tag] of html.matchAll(/<script[^>]*>/gi)) {
    if (/\ssrc\s*=/i.test(tag)) problems.push(`${tag} loads an external script: inline it (file:// and CSP)`);
    if (/type\s*=\s*["']?module/i.test(tag)) problems.push(`${tag} is a module script: module scripts fail from file://`);
  }
  for (const [tag] of html.matchAll(/<link[^>]*>/gi)) {
    if (/rel\s*=\s*["']?(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch)/i.test(tag)) {
      problems.push(`${tag} loads a resource: inline it`);
    }
  }
  if (/url\(\s*['"]?(https?:)?\/\//i.test(html)) problems.push('a CSS url() points at another origin');
  if (/url\(\s*['"]?\/(?!\/)/i.test(html)) problems.push('a CSS url() is root-absolute: it breaks under a sub-path and from file://');
  return problems;
}

/** Puts the policy first in <head>, right after the charset, so it governs everything after. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('the page has no <meta charset="utf-8"> to put the policy after');
  return html.replace(charset, (tag) => tag + meta);
}

async function* htmlFiles(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export default function portableBuild(): AstroIntegration {
  return {
    name: 'portable-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const failures: string[] = [];
        let pages = 0;
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const problems = portabilityProblems(html);
          if (problems.length) failures.push(...problems.map((problem) => `  ${relative(root, file)}: ${problem}`));
          await writeFile(file, withContentSecurityPolicy(html));
          pages += 1;
        }
        if (failures.length) throw new Error(`Pages that would not work offline or from a sub-path:\n${failures.join('\n')}`);
        logger.info(`${pages} pages checked for portability and given a Content-Security-Policy`);
      },
    },
  };
}
