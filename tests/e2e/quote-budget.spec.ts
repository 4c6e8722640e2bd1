/**
 * Quote briefly: at most 15% of each report's body may appear quoted anywhere in the built site,
 * in prose, charts, tooltips, tables, the methods page and the data downloads. Reads dist/ from
 * disk (the built site is the same bytes wherever it is served, so this runs once, at the root)
 * and the reports from the shared sources folder, as the unit tests do.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { coveredRuns, coveredWords, quotedInCsv, quotedInHtml, quotedInJson, quotedInText, reportBody, words, type ReportBody } from './quote-budget';

const budget = 0.15;
const dist = resolve('dist');
const sourcesDir = process.env['SOURCES_DIR'] ?? resolve('../shared/sources');

/** The reports' bodies: what is cut from each is named here, and fails loudly if the file changes. */
function bodies(): ReportBody[] {
  const read = (name: string) => {
    const path = join(sourcesDir, name);
    if (!existsSync(path)) throw new Error(`The quote budget needs the reports' text at ${path}; set SOURCES_DIR to the shared sources folder.`);
    return readFileSync(path, 'utf8');
  };
  return [
    reportBody('daily-nk-crackdown', read('article-a-crackdown-on-international-calls.txt'), {
      headline: 'Mobile rental business in North Korea thriving amidst crackdown on international calls',
      caption: 'North Korean resident on his mobile phone in a provincial region of the country',
    }),
    // Ends with the translator's credit, a contact line, "Read in Korean" and the author's note.
    reportBody('daily-nk-rentals', read('article-b-border-phone-rentals.txt'), { endsBefore: '*Translated by' }),
  ];
}

/** Other articles' titles the site cites in quotation marks: a span that matches one best quotes it, not a report. */
function citedTitles(): string[] {
  const citations = JSON.parse(readFileSync(resolve('content/citations.json'), 'utf8')) as { reference?: string }[];
  return citations.flatMap(({ reference }) => [...(reference ?? '').matchAll(/“([^”]+)”/g)].map(([, title]) => title!));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every quoted span in the build, by file. */
function quotedSpans(): Map<string, string[]> {
  const spans = new Map<string, string[]>();
  for (const path of filesUnder(dist)) {
    const text = readFileSync(path, 'utf8');
    const name = relative(dist, path);
    if (path.endsWith('.html')) spans.set(name, quotedInHtml(text));
    else if (path.endsWith('.json')) spans.set(name, quotedInJson(JSON.parse(text)));
    else if (path.endsWith('.csv')) spans.set(name, quotedInCsv(text));
    else if (/\.(?:txt|svg|js|css|xml|md)$/.test(path)) spans.set(name, quotedInText(text, { straight: false }));
  }
  return spans;
}

test.describe('quoting briefly', () => {
  test.beforeAll(() => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('No build in dist/: run `npm run build` first.');
  });

  test('the counter finds a quotation wherever the site puts one', () => {
    const reports = bodies();
    const sentence = 'These businesses charge 200 yuan (around 35,000 South Korean won) per day';
    const inPage = `<p>Daily NK: <q cite="x">${sentence}</q></p>`;
    const inLabel = `<svg><g aria-label="the report says &quot;${sentence}&quot;"></g></svg>`;
    const inMarks = `<p>It said “These <a href="#">businesses charge</a> 200 yuan” a day.</p>`;
    const inCsv = `id,quote\na,"${sentence}"\n`;
    const inJson = { figures: [{ quote: sentence }], quotes: [{ id: 'x', speaker: 'a source in North Pyongan Province', text: sentence }] };
    const length = words(sentence).length;
    const count = (spans: string[]) => coveredWords(reports, spans).get('daily-nk-crackdown')!.filter(Boolean).length;
    expect(count(quotedInHtml(inPage))).toBe(length);
    expect(count(quotedInHtml(inLabel))).toBe(length);
    expect(count(quotedInHtml(inMarks))).toBe(5);
    expect(count(quotedInCsv(inCsv))).toBe(length);
    expect(count(quotedInJson(inJson))).toBe(length);
    // Paraphrase and an unquoted mention of the source are not quotations.
    expect(count(quotedInHtml(`<p>A day cost 200 yuan, a source in North Pyongan Province said.</p>`))).toBe(0);
    // A headline is not body; a quotation counts once, in the report it comes from.
    expect(count(quotedInHtml(`<p>Daily NK, “Mobile rental business in North Korea thriving amidst crackdown on international calls”</p>`))).toBe(0);
    const fromRentals = coveredWords(reports, quotedInHtml(`<q>trading companies are now restarting their cross-border operations</q>`));
    expect(fromRentals.get('daily-nk-crackdown')!.filter(Boolean).length).toBe(0);
    expect(fromRentals.get('daily-nk-rentals')!.filter(Boolean).length).toBe(9);
  });

  for (const body of bodies()) {
    test(`the site quotes at most ${budget * 100}% of the ${body.id} report's body`, () => {
      const reports = bodies();
      const byFile = quotedSpans();
      const titles = citedTitles();
      expect(titles.length, 'the cited titles are read from content/citations.json').toBeGreaterThan(0);
      const covered = coveredWords(reports, [...byFile.values()].flat(), titles).get(body.id)!;
      const count = covered.filter(Boolean).length;
      const share = count / body.words.length;
      const where = [...byFile].flatMap(([file, spans]) => {
        const words = coveredWords(reports, spans, titles).get(body.id)!.filter(Boolean).length;
        return words ? [`${file}: ${words}`] : [];
      });
      console.log(
        `${body.id}: ${count} of ${body.words.length} body words quoted (${(share * 100).toFixed(1)}%): ` +
          coveredRuns(body, covered).map((run) => `“${run}”`).join(' '),
      );
      expect(
        share,
        `the site quotes ${count} of the ${body.words.length} body words (${(share * 100).toFixed(1)}%) of ${body.id}:\n` +
          `${coveredRuns(body, covered).map((run) => `  “${run}”`).join('\n')}\nper file: ${where.join('; ')}`,
      ).toBeLessThanOrEqual(budget);
    });
  }
});
