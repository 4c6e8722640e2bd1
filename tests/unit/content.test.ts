/**
 * Truth checks on the real content: every quotation is verbatim from its report, the site quotes
 * only a small share of each report, and the stories take every number from content/*.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { figureBounds } from '../../src/lib/format';
import { loadContent } from '../../src/data/load';
import { componentReferences, referencesIn, type Reference, type ReferenceKind as Kind } from '../../src/lib/story-references';

const root = fileURLToPath(new URL('../..', import.meta.url));
const content = loadContent(root);

/* The reports, as the plain text the project was built from. */

const sourcesDir = process.env['SOURCES_DIR'] ?? resolve(process.cwd(), '../shared/sources');

const articleFiles: Record<string, string> = {
  'daily-nk-crackdown': 'article-a-crackdown-on-international-calls.txt',
  'daily-nk-rentals': 'article-b-border-phone-rentals.txt',
};

const missingSources = (path: string) =>
  `The truth checks need the reports' text at ${path}. They live in the shared sources folder ` +
  `(../shared/sources next to the project); set SOURCES_DIR to its path if it is elsewhere.`;

function articleText(sourceId: string): string {
  const name = articleFiles[sourceId];
  if (!name) throw new Error(`source "${sourceId}" has no article text: add it to articleFiles in tests/unit/content.test.ts`);
  const path = join(sourcesDir, name);
  if (!existsSync(path)) throw new Error(missingSources(path));
  return readFileSync(path, 'utf8');
}

/* The stories. */

const storiesDir = join(root, 'content/stories');

interface Story {
  /** Path relative to the project, for messages. */
  file: string;
  /** Frontmatter lines, by key; a value continued on indented lines is joined. */
  frontmatter: Map<string, string>;
  /** The MDX after the frontmatter. */
  body: string;
  /** Line number in the file of the body's first line. */
  bodyLine: number;
}

function parseStory(file: string, text: string): Story {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter between --- lines`);
  const frontmatter = new Map<string, string>();
  let key = '';
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (field) frontmatter.set((key = field[1]!), field[2]!);
    else if (key) frontmatter.set(key, `${frontmatter.get(key)} ${line.trim()}`);
  }
  return { file, frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

const stories: Story[] = readdirSync(storiesDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const path = join(storiesDir, name);
    return parseStory(relative(root, path), readFileSync(path, 'utf8'));
  });

/** A JSX component tag, opening, closing or self-closing: <Num id="a" />, <PriceTiers />, </Aside>. */
const componentTag = /<\/?[A-Z][\w.]*(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^>"'{}])*>/g;

/** Digits in the body outside component tags, each as "line N: …text…". */
function digitsOutsideComponents(story: Pick<Story, 'body' | 'bodyLine'>): string[] {
  // Blank the tags out, keeping every other character where it was so line numbers hold.
  const prose = story.body.replace(componentTag, (tag) => tag.replace(/[^\n]/g, ' '));
  const found: string[] = [];
  prose.split('\n').forEach((line, index) => {
    for (const digits of line.matchAll(/\d[\d.,]*/g)) {
      const context = line.slice(Math.max(0, digits.index - 30), digits.index + digits[0].length + 30).trim();
      found.push(`line ${story.bodyLine + index}: "${digits[0]}" in "…${context}…"`);
    }
  });
  return found;
}

/** What is wrong with a reference, or undefined when it names an entry of the right kind. */
function referenceProblem({ tag, component, id }: Reference): string | undefined {
  const { attribute, kinds } = componentReferences[component];
  if (id === undefined) return `${tag} has no ${attribute}="…"`;
  if (kinds.some((kind) => content[kind].has(id))) return undefined;
  const files = kinds.map((kind) => `content/${kind}.json`).join(' or ');
  const elsewhere = (['figures', 'context', 'quotes', 'sources'] as Kind[]).filter((other) => content[other].has(id));
  return elsewhere.length
    ? `${tag}: "${id}" is in ${elsewhere.map((other) => `content/${other}.json`).join(', ')}, but ${component} needs an id in ${files}`
    : `${tag}: "${id}" is not in ${files}`;
}

/* Quotations. */

/**
 * Every string the site may quote from a report: all figure quotes and every quotation in
 * quotes.json (stories, chart annotations and the methodology page all draw on them).
 */
function quotedStrings(sourceId: string): string[] {
  const figureQuotes = [...content.figures.values()].filter(({ source }) => source === sourceId).map(({ quote }) => quote);
  const quotations = [...content.quotes.values()].filter(({ source }) => source === sourceId).map(({ text }) => text);
  return [...new Set([...figureQuotes, ...quotations])];
}

/** Characters of `text` covered by at least one of `quotes` (overlaps counted once). */
function coveredCharacters(text: string, quotes: string[]): number {
  const covered = new Uint8Array(text.length);
  for (const quote of quotes) {
    const start = text.indexOf(quote);
    if (start >= 0) covered.fill(1, start, start + quote.length);
  }
  return covered.reduce((sum, bit) => sum + bit, 0);
}

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** True when `quote` states `value` in digits ("35,000" or "35000") or, for small numbers, in words. */
function statesNumber(quote: string, value: number): boolean {
  const spellings = [String(value), value.toLocaleString('en-US')].map((spelling) => spelling.replace(/[.,]/g, '\\$&'));
  if (spellings.some((spelling) => new RegExp(`(?<![\\d.,])${spelling}(?![\\d]|[.,]\\d)`).test(quote))) return true;
  const words = [numberWords[value], value === 2 ? 'twice' : undefined].filter((word): word is string => Boolean(word));
  return words.some((word) => new RegExp(`\\b${word}\\b`, 'i').test(quote));
}

describe('the shared source texts', () => {
  it('are available, one for every source in content/sources.json', () => {
    expect(existsSync(sourcesDir), missingSources(sourcesDir)).toBe(true);
    for (const id of content.sources.keys()) {
      expect(articleFiles[id], `source "${id}" has no article text in articleFiles`).toBeDefined();
      const path = join(sourcesDir, articleFiles[id] ?? '');
      expect(existsSync(path), missingSources(path)).toBe(true);
    }
  });
});

describe('the quotations', () => {
  it("every figure's quote appears verbatim in its report", () => {
    const notFound = [...content.figures.values()]
      .filter(({ source, quote }) => !articleText(source).includes(quote))
      .map(({ id, quote }) => `content/figures.json, figure "${id}": "${quote}"`);
    expect(notFound, 'quotes not found verbatim in their report').toEqual([]);
  });

  it('every quotation in quotes.json appears verbatim in its report', () => {
    const notFound = [...content.quotes.values()]
      .filter(({ source, text }) => !articleText(source).includes(text))
      .map(({ id, text }) => `content/quotes.json, quote "${id}": "${text}"`);
    expect(notFound, 'quotes not found verbatim in their report').toEqual([]);
  });

  it("every reported figure's quote states the figure's numbers", () => {
    const unstated = [...content.figures.values()]
      .filter(({ kind }) => kind === 'reported')
      .flatMap((figure) =>
        [...new Set(figureBounds(figure))]
          .filter((value) => !statesNumber(figure.quote, value))
          .map((value) => `figure "${figure.id}": ${value} is not in "${figure.quote}"`),
      );
    expect(unstated).toEqual([]);
  });

  // A first check on content alone; tests/e2e/quote-budget.spec.ts counts every quotation in the
  // built site (prose, charts, tooltips, downloads) against each report's body, at most 15%.
  it.each(Object.keys(articleFiles))('content/*.json quotes at most fifteen per cent of the %s report', (sourceId) => {
    const text = articleText(sourceId);
    const share = coveredCharacters(text, quotedStrings(sourceId)) / text.length;
    expect(share, `content/*.json quotes ${(share * 100).toFixed(1)}% of the ${sourceId} report`).toBeLessThanOrEqual(0.15);
  });
});

describe('the stories', () => {
  it('exist', () => {
    expect(stories.map(({ file }) => file)).toContain('content/stories/crackdown.mdx');
  });

  it('write no digit in their prose: every number comes from a component', () => {
    const problems = stories.flatMap((story) =>
      digitsOutsideComponents(story).map((found) => `${story.file} ${found}: use <Num id="…" /> or <ReportYear … />`),
    );
    expect(problems).toEqual([]);
  });

  it('write no digit in their title, navTitle, dek or description', () => {
    const problems = stories.flatMap(({ file, frontmatter }) =>
      ['title', 'navTitle', 'dek', 'description']
        .filter((key) => /\d/.test(frontmatter.get(key) ?? ''))
        .map((key) => `${file} frontmatter ${key}: ${frontmatter.get(key)}`),
    );
    expect(problems).toEqual([]);
  });

  it('refer only to entries that exist, of the kind each component needs (Num: figures, Quote: quotes, ReportYear: sources)', () => {
    const references = stories.flatMap(({ file, body }) => referencesIn(body).map((reference) => ({ file, reference })));
    expect(references.length).toBeGreaterThan(0);
    const problems = references.flatMap(({ file, reference }) => {
      const problem = referenceProblem(reference);
      return problem ? [`${file}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('each narrate a source in content/sources.json', () => {
    const problems = stories
      .filter(({ frontmatter }) => !content.sources.has(frontmatter.get('source') ?? ''))
      .map(({ file, frontmatter }) => `${file}: source "${frontmatter.get('source') ?? ''}" is not in content/sources.json`);
    expect(problems).toEqual([]);
  });
});

/* The checks above pass on good content; these show that they catch bad content. */
describe('the story checks', () => {
  it('find a digit in prose, with its line and text, but not in component attributes', () => {
    const body = 'A day costs <Num id="crackdown-day-rate" /> now.\n<PriceTiers />\nA call costs 50 yuan.\n';
    expect(digitsOutsideComponents({ body, bodyLine: 10 })).toEqual(['line 12: "50" in "…A call costs 50 yuan.…"']);
  });

  it('find a reference to a missing entry, or to an entry of the wrong kind', () => {
    const body = '<Num id="no-such-figure" /> <Num id="whole-day" /> <Quote id="whole-day" /> <ReportYear />';
    expect(referencesIn(body).map(referenceProblem)).toEqual([
      '<Num id="no-such-figure" />: "no-such-figure" is not in content/figures.json or content/context.json',
      '<Num id="whole-day" />: "whole-day" is in content/quotes.json, but Num needs an id in content/figures.json or content/context.json',
      undefined,
      '<ReportYear /> has no source="…"',
    ]);
  });

  it('count overlapping quotations once', () => {
    expect(coveredCharacters('abcdefghij', ['abcde', 'cdefg', 'xyz'])).toBe(7);
  });

  it('recognise a number written with separators or in words, and only a whole number', () => {
    expect(statesNumber('around 35,000 won', 35000)).toBe(true);
    expect(statesNumber('one or two phones', 2)).toBe(true);
    expect(statesNumber('twice the amount', 2)).toBe(true);
    expect(statesNumber('costs 150 yuan', 50)).toBe(false);
    expect(statesNumber('costs 50.5 yuan', 50)).toBe(false);
  });
});
