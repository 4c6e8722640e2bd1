/**
 * The one way data enters the site: reads content/*.json, validates it, and checks what no
 * single entry can check alone (references between files, derivation arithmetic, unique ids).
 * Anything wrong fails the build with a message naming the file, the entry and the field.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { evaluateFormula, FormulaError } from './formula';
import {
  citationsFile,
  contextFile,
  correctionsFile,
  figuresFile,
  quotesFile,
  sourcesFile,
  type Citation,
  type ContextFact,
  type Correction,
  type Figure,
  type Quote,
  type Source,
} from './schema';

export interface Problem {
  file: string;
  /** The entry's id, or its position when it has no usable id. */
  entry?: string;
  /** Dotted path of the field inside the entry, e.g. "derivation.formula". */
  field?: string;
  message: string;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Invalid content:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem({ file, entry, field, message }: Problem): string {
  const where = [file, entry && `entry "${entry}"`, field && `field "${field}"`].filter(Boolean).join(', ');
  return `  ${where}: ${message}`;
}

export interface Content {
  sources: Map<string, Source>;
  figures: Map<string, Figure>;
  quotes: Map<string, Quote>;
  /** Publications outside the reports that context facts cite. */
  citations: Map<string, Citation>;
  /** Facts from outside the reports, each with its citations. */
  context: Map<string, ContextFact>;
  /** The public corrections log, newest first. */
  corrections: Correction[];
}

export const contentFiles = {
  sources: 'content/sources.json',
  figures: 'content/figures.json',
  quotes: 'content/quotes.json',
  citations: 'content/citations.json',
  context: 'content/context.json',
  corrections: 'content/corrections.json',
} as const;

/** The raw text of each content file, by its path relative to the project (used in messages). */
export type RawFiles = Record<keyof typeof contentFiles, { path: string; text: string }>;

function parseFile<T extends { id: string }>(
  schema: z.ZodType<T[]>,
  { path, text }: { path: string; text: string },
  problems: Problem[],
): T[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ file: path, message: `is not valid JSON (${(error as Error).message})` });
    return [];
  }
  const result = schema.safeParse(json, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const [index, ...fieldPath] = issue.path;
    const entryValue = typeof index === 'number' && Array.isArray(json) ? json[index] : undefined;
    const entryId = (entryValue as { id?: unknown } | undefined)?.id;
    const entry = typeof entryId === 'string' ? entryId : typeof index === 'number' ? `#${index + 1}` : undefined;
    let field = fieldPath.map(String).join('.') || undefined;
    let message = issue.message;
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = 'is missing (required)';
    } else if (issue.code === 'invalid_type') {
      message = `must be ${issue.expected}, not ${JSON.stringify(issue.input)}`;
    } else if (issue.code === 'unrecognized_keys') {
      field = [field, issue.keys.join(', ')].filter(Boolean).join('.');
      message = 'is not a known field (a typo?)';
    }
    problems.push({ file: path, ...(entry && { entry }), ...(field && { field }), message });
  }
  return [];
}

function indexById<T extends { id: string }>(entries: T[], file: string, problems: Problem[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) {
    if (map.has(entry.id)) problems.push({ file, entry: entry.id, field: 'id', message: 'is used by two entries' });
    map.set(entry.id, entry);
  }
  return map;
}

type Amount = Pick<Figure, 'id' | 'value' | 'low' | 'high'>;

/** Values a derivation formula may refer to: {id} for a single value, {id.low}/{id.high} for ranges. */
function figureLookup(figures: Map<string, Amount>) {
  return (reference: string): number | undefined => {
    const [figureId, end] = reference.split('.');
    const figure = figures.get(figureId ?? '');
    if (!figure) return undefined;
    if (end === 'low' || end === 'high') return figure[end];
    return end === undefined ? figure.value : undefined;
  };
}

/** Equal to the precision a reader sees: derived values are rounded for the page. */
const agrees = (computed: number, stated: number) => Math.abs(computed - stated) <= Math.abs(stated) * 1e-3 + 1e-9;

/** A stated value rounded to `step` agrees with the computed value rounded the same way. */
const agreesRounded = (computed: number, stated: number, step: number) => Math.abs(Math.round(computed / step) * step - stated) < step * 1e-6;

type Derivable = Amount & Pick<Figure, 'derivation'>;

function checkDerivation(figure: Derivable, figures: Map<string, Amount>, file: string, problems: Problem[]) {
  if (!figure.derivation) return;
  const { formula, rounding } = figure.derivation;
  const checks: [string, string, number | undefined][] =
    typeof formula === 'string'
      ? [['derivation.formula', formula, figure.value]]
      : Array.isArray(formula)
        ? formula.map((text, index): [string, string, number | undefined] => [`derivation.formula.${index}`, text, figure.value])
        : [
            ['derivation.formula.low', formula.low, figure.low],
            ['derivation.formula.high', formula.high, figure.high],
          ];
  for (const [field, text, stated] of checks) {
    try {
      const computed = evaluateFormula(text, figureLookup(figures));
      if (stated === undefined) {
        problems.push({ file, entry: figure.id, field, message: `gives ${computed}, but the figure has no matching value` });
      } else if (rounding === undefined ? !agrees(computed, stated) : !agreesRounded(computed, stated, rounding)) {
        const rounded = rounding === undefined ? '' : ` (rounded to ${rounding})`;
        problems.push({ file, entry: figure.id, field, message: `"${text}" gives ${computed}${rounded}, not the stated ${stated}` });
      }
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      problems.push({ file, entry: figure.id, field, message: error.message });
    }
  }
}

/** Validates the files together. Pure: the tests feed it strings. */
export function parseContent(files: RawFiles): Content {
  const problems: Problem[] = [];
  const sources = indexById(parseFile(sourcesFile, files.sources, problems), files.sources.path, problems);
  const figures = indexById(parseFile(figuresFile, files.figures, problems), files.figures.path, problems);
  const quotes = indexById(parseFile(quotesFile, files.quotes, problems), files.quotes.path, problems);
  const citations = indexById(parseFile(citationsFile, files.citations, problems), files.citations.path, problems);
  const context = indexById(parseFile(contextFile, files.context, problems), files.context.path, problems);
  const corrections = [...indexById(parseFile(correctionsFile, files.corrections, problems), files.corrections.path, problems).values()].sort(
    (a, b) => b.date.localeCompare(a.date),
  );

  const checkSource = (file: string, entry: { id: string; source: string }) => {
    if (sources.size > 0 && !sources.has(entry.source)) {
      problems.push({
        file,
        entry: entry.id,
        field: 'source',
        message: `"${entry.source}" is not a source in ${files.sources.path} (known: ${[...sources.keys()].join(', ')})`,
      });
    }
  };
  // Prose finds a number by id in either file, so an id names one number across both.
  const numbers = new Map<string, Amount>([...figures, ...context]);
  for (const fact of context.values()) {
    if (figures.has(fact.id)) {
      problems.push({ file: files.context.path, entry: fact.id, field: 'id', message: `is also a figure in ${files.figures.path}` });
    }
  }
  for (const figure of figures.values()) {
    checkSource(files.figures.path, figure);
    checkDerivation(figure, figures, files.figures.path, problems);
  }
  for (const quote of quotes.values()) checkSource(files.quotes.path, quote);
  for (const fact of context.values()) {
    fact.citations.forEach((citation, index) => {
      if (!citations.has(citation)) {
        problems.push({
          file: files.context.path,
          entry: fact.id,
          field: `citations.${index}`,
          message: `"${citation}" is not a citation in ${files.citations.path}`,
        });
      }
    });
    checkDerivation(fact, numbers, files.context.path, problems);
  }
  // A citation nothing cites is a fact that was dropped, or an id with a typo.
  const cited = new Set([...context.values()].flatMap((fact) => fact.citations));
  for (const citation of citations.values()) {
    if (context.size > 0 && !cited.has(citation.id)) {
      problems.push({ file: files.citations.path, entry: citation.id, message: `is cited by no fact in ${files.context.path}` });
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  return { sources, figures, quotes, citations, context, corrections };
}

let cached: { key: string; content: Content } | undefined;

/**
 * Reads and validates content/ once while its files are unchanged: a build renders many pages
 * from one reading, and the dev server sees an edit on the next page load.
 */
export function loadContent(root = process.cwd()): Content {
  const paths = Object.values(contentFiles).map((path) => resolve(root, path));
  const key = paths.map((path) => `${path}@${statSync(path).mtimeMs}`).join('|');
  if (cached?.key === key) return cached.content;
  const read = (path: string) => ({ path, text: readFileSync(resolve(root, path), 'utf8') });
  const content = parseContent(
    Object.fromEntries(Object.entries(contentFiles).map(([key, path]) => [key, read(path)])) as RawFiles,
  );
  cached = { key, content };
  return content;
}

/** Looks up an entry, failing the build with the caller's context when the id is unknown. */
export function requireEntry<T>(map: Map<string, T>, entryId: string, what: string, usedIn: string): T {
  const entry = map.get(entryId);
  if (!entry) {
    throw new ContentError([{ file: usedIn, message: `refers to ${what} "${entryId}", which does not exist` }]);
  }
  return entry;
}
