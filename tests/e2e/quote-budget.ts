/**
 * How much of each report the built site quotes: every quoted span in dist/ (text in quotation
 * marks, <q> and <blockquote>, attribute values such as aria-labels and tooltips, and the quote
 * fields and cells of the data downloads), matched word by word against the report's body
 * (headline, photo caption, translator's credit and author note excluded), counting each body
 * word at most once however often it is quoted. Pure functions over strings, so the spec that
 * reads dist/ stays short and this logic can be checked on its own.
 */
import { csvParse } from 'd3-dsv';

/** A report's body: the words a reader would call the report, in order. */
export interface ReportBody {
  id: string;
  words: string[];
  /** The parts that are not body (headline, caption, credits), each as words: quoting them costs nothing. */
  apart: string[][];
}

/**
 * The body of a stored report. Report A opens with its headline and a photo caption (given
 * twice, the second time with its credit); report B closes with its translator's credit, a
 * contact line, a link and the author's note. `headline` and `caption` are lines to drop;
 * `endsBefore` cuts everything from the line that starts with it.
 */
export function reportBody(id: string, text: string, cut: { headline?: string; caption?: string; endsBefore?: string }): ReportBody {
  let lines = text.split(/\r?\n/);
  if (cut.endsBefore !== undefined) {
    const end = lines.findIndex((line) => line.trim().startsWith(cut.endsBefore!));
    if (end < 0) throw new Error(`report ${id}: no line starts with "${cut.endsBefore}"`);
    lines = lines.slice(0, end);
  }
  const dropped = (line: string) =>
    (cut.headline !== undefined && line.trim() === cut.headline) || (cut.caption !== undefined && line.trim().startsWith(cut.caption));
  if (cut.headline !== undefined && !lines.some((line) => line.trim() === cut.headline)) throw new Error(`report ${id}: headline not found`);
  if (cut.caption !== undefined && !lines.some((line) => line.trim().startsWith(cut.caption!))) throw new Error(`report ${id}: caption not found`);
  const after = text.split(/\r?\n/).slice(lines.length);
  return {
    id,
    words: words(lines.filter((line) => !dropped(line)).join('\n')),
    apart: [...lines.filter(dropped), ...after].map(words).filter((part) => part.length > 0),
  };
}

/** Words, lower-cased, with curly apostrophes straightened and numbers kept whole ("130-150" is two words). */
export function words(text: string): string[] {
  return [...text.normalize('NFKC').replace(/[’‘]/g, "'").toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu)].map(([word]) => word);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** The longest span a pair of quotation marks may enclose: past this, a mark is unpaired, not a quotation. */
const longestQuote = 800;

/** Text between curly double quotes (“…”), and between straight ones or ‘…’ within one run of text. */
export function quotedInText(text: string, { straight = true }: { straight?: boolean } = {}): string[] {
  const spans: string[] = [];
  for (const [, inner] of text.matchAll(new RegExp(`“([^“”]{1,${longestQuote}})”`, 'g'))) spans.push(inner!);
  // ‘…’ only where ‘ opens a word and ’ ends one, so apostrophes (don’t, renters’) are not marks.
  for (const [, inner] of text.matchAll(/(?<![\p{L}\p{N}])‘([^‘]{1,400}?)’(?![\p{L}\p{N}])/gu)) spans.push(inner!);
  if (straight) for (const [, inner] of text.matchAll(/(?<![\p{L}\p{N}])"([^"\n]{1,400})"(?![\p{L}\p{N}])/gu)) spans.push(inner!);
  return spans;
}

/** Attributes whose values are addresses, identifiers or drawing instructions, never words a reader sees. */
const nonTextAttributes = /^(?:class|id|href|src|srcset|style|d|points|transform|viewbox|xmlns(?::\w+)?|width|height|x\d?|y\d?|dx|dy|cx|cy|r|rx|ry|fill|stroke[\w-]*|font-[\w-]+|text-anchor|dominant-baseline|role|tabindex|for|name|type|rel|lang|charset|http-equiv|integrity|cite|download|target|media|sizes|data-astro-cid-\w+|aria-(?:hidden|labelledby|describedby|controls|live|expanded|current|pressed|valuemin|valuemax|valuenow)|value|min|max|step|datetime|hidden|method|action|loading|decoding|crossorigin|referrerpolicy|content-security-policy|vector-effect|opacity|marker-\w+|clip-path|mask|patternunits|offset|stop-color|gradientunits|x1|x2|y1|y2|data-[\w-]*(?:id|for|slug|index|state|key|chart|variant|layout|width|height|currency|view)s?)$/i;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every quoted span of an HTML page: <q>, <blockquote>, quotation marks in its text and in its readable attributes. */
export function quotedInHtml(html: string): string[] {
  const spans: string[] = [];
  // Scripts, styles and code to copy (the embed code's <iframe title="…">) are code: only curly
  // quotation marks in them are quotations.
  let rest = html.replace(/<(script|style|textarea|code|pre)\b[^>]*>([\s\S]*?)<\/\1>/gi, (_whole, _tag, code: string) => {
    spans.push(...quotedInText(decode(code), { straight: false }));
    return ' ';
  });
  rest = rest.replace(/<!--[\s\S]*?-->/g, ' ');
  // A blockquote's footer or cite says who spoke: attribution, not quotation.
  for (const [, , inner] of rest.matchAll(/<(q|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    spans.push(decode(inner!.replace(/<(footer|cite|figcaption)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ')));
  }
  for (const [tag] of rest.matchAll(/<[a-z][^>]*>/gi)) {
    for (const [, name, value] of tag.matchAll(/\s([^\s=/>]+)\s*=\s*"([^"]*)"/g)) {
      if (nonTextAttributes.test(name!)) continue;
      const text = decode(value!);
      // A component's props or a script's contract, written as JSON: read as data, not as prose.
      const json = /^\s*[[{]/.test(text) ? parseJson(text) : undefined;
      spans.push(...(json === undefined ? quotedInText(text) : quotedInJson(json)));
    }
  }
  // Text runs between tags keep their own straight quotation marks; curly ones may enclose markup.
  const segments = rest.split(/<[^>]*>/).map(decode);
  for (const segment of segments) spans.push(...quotedInText(segment));
  const text = decode(rest.replace(/<[^>]*>/g, ' '));
  // Curly quotations that enclose markup (“<a>…</a>”) are whole only in the joined text.
  spans.push(...quotedInText(text, { straight: false }));
  return spans;
}

/** Fields (JSON keys, CSV columns) whose values are quotations in full: "quote", "quotes"; not "quote_speaker". */
const isQuoteField = (name: string) => /quot/i.test(name) && !isAboutQuote(name);
/** Fields that say who said a quotation or where it is, not what. */
const isAboutQuote = (name: string) => /speaker|source|url|cite|(?:^|[_-])id$/i.test(name);

/** Every quoted span of a JSON download: values under a key naming a quote, and quotation marks in any string. */
export function quotedInJson(json: unknown): string[] {
  const spans: string[] = [];
  const visit = (value: unknown, underQuote: boolean, key: string) => {
    if (typeof value === 'string') {
      // In an array of quotation objects, the quotation is its text; who said it and its id are not.
      if (underQuote && !isAboutQuote(key)) spans.push(value);
      spans.push(...quotedInText(value));
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, underQuote, key));
    else if (value && typeof value === 'object')
      for (const [childKey, child] of Object.entries(value)) visit(child, underQuote || isQuoteField(childKey), childKey);
  };
  visit(json, false, '');
  return spans;
}

/** Every quoted span of a CSV download: cells of a column naming a quote, and quotation marks in any cell. */
export function quotedInCsv(csv: string): string[] {
  const rows = csvParse(csv);
  const spans: string[] = [];
  for (const row of rows) {
    for (const column of rows.columns) {
      const cell = row[column] ?? '';
      if (isQuoteField(column) && cell) spans.push(cell);
      spans.push(...quotedInText(cell));
    }
  }
  return spans;
}

/** The shortest run of words, shorter than a whole quotation, that counts as quoting the report. */
export const shortestRun = 3;

/** The longest run `quoted` shares with `body`, among span words not yet `used`: [span start, body start, length]. */
function longestRun(quoted: string[], used: boolean[], body: string[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  for (let start = 0; start < quoted.length; start++) {
    if (used[start]) continue;
    for (let position = 0; position < body.length; position++) {
      let length = 0;
      while (start + length < quoted.length && !used[start + length] && quoted[start + length] === body[position + length]) length++;
      if (length > best[2]) best = [start, position, length];
    }
  }
  return best;
}

/**
 * Which body words the spans quote. Each span is matched to the one report it shares the longest
 * run of words with (or to a headline or caption, which is not body, or to one of the `elsewhere`
 * texts, such as another article's title, and then costs nothing), then laid on that report's body run by run, longest first, each word of the
 * span used once: so a quotation counts where it comes from, not again wherever its common words
 * ("that can be", "trading companies are") recur. Runs shorter than `shortestRun` are not
 * counted: words like "money" or "Daily NK" recur in any writing about the reports, and a
 * quotation of one or two words cannot be placed. Returns a mask over each body's words.
 */
export function coveredWords(bodies: ReportBody[], spans: string[], elsewhere: string[] = []): Map<string, boolean[]> {
  const otherTexts = elsewhere.map(words);
  const covered = new Map(bodies.map((body) => [body.id, body.words.map(() => false)]));
  for (const span of new Set(spans)) {
    const quoted = words(span);
    if (quoted.length < shortestRun) continue;
    const none = quoted.map(() => false);
    // Bodies first, so on a tie the body wins; a span that matches a headline best quotes the headline.
    const [best] = [
      ...bodies.map((body) => ({ body, words: body.words })),
      ...bodies.flatMap((body) => body.apart.map((part) => ({ body: undefined, words: part }))),
      ...otherTexts.map((text) => ({ body: undefined, words: text })),
    ]
      .map((candidate) => ({ ...candidate, length: longestRun(quoted, none, candidate.words)[2] }))
      .sort((a, b) => b.length - a.length);
    const body = best?.body;
    if (!body) continue;
    const used = quoted.map(() => false);
    const mask = covered.get(body.id)!;
    for (;;) {
      const [start, position, length] = longestRun(quoted, used, body.words);
      if (length < shortestRun) break;
      used.fill(true, start, start + length);
      mask.fill(true, position, position + length);
    }
  }
  return covered;
}

/** The covered words as readable runs, for a failure message: "“…these businesses charge 200 yuan…”". */
export function coveredRuns(body: ReportBody, covered: boolean[]): string[] {
  const runs: string[] = [];
  let current: string[] = [];
  body.words.forEach((word, index) => {
    if (covered[index]) current.push(word);
    else if (current.length) runs.push(current.join(' ')), (current = []);
  });
  if (current.length) runs.push(current.join(' '));
  return runs;
}
