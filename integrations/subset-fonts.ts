/**
 * After the build, writes the site's typefaces (src/styles/fonts.ts) into `dist/fonts/`, each cut
 * down to the characters the built pages can show: every character in every page's HTML, with
 * entities and the escapes of inline scripts decoded (a script may write a label the HTML does not
 * hold yet), and in the charts' own script files, plus printable ASCII: the site's faces from
 * every page but the embeds, the embeds' own face from the embeds. A character the face does not have at all (an arrow, ≈) is
 * left to the fallback font, and the build says which. Each family's licence goes beside it.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { create, type Font } from 'fontkitten';
import { createRequire } from 'node:module';
import { servedFamilies, sourcePath, webFonts } from '../src/styles/fonts';
import { routes } from '../src/lib/paths';

const namedEntities: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '\u00ad' };

/** Every character a page can show, from its HTML: text, attributes, and string escapes in its scripts. */
export function charactersIn(html: string): Set<string> {
  const decoded = html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => namedEntities[name.toLowerCase()] ?? entity)
    .replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const characters = new Set<string>();
  for (const character of decoded) if (!/[\u0000-\u001f\u007f]/.test(character)) characters.add(character);
  for (let code = 0x20; code < 0x7f; code += 1) characters.add(String.fromCharCode(code));
  return characters;
}

/** The characters of `text` that `font` has a glyph for. */
export function coveredBy(font: Font, characters: Iterable<string>): string[] {
  return [...characters].filter((character) => font.hasGlyphForCodePoint(character.codePointAt(0)!));
}

/** A face cut down to `characters` and the OpenType `features` named, as WOFF2. */
export async function subsetWoff2(source: Buffer, characters: Iterable<string>, features: readonly string[]): Promise<Buffer> {
  return subsetFont(source, [...characters].join(''), { targetFormat: 'woff2', keepFeatures: [...features] });
}

export function openFont(buffer: Buffer): Font {
  const font = create(buffer);
  if (!('hasGlyphForCodePoint' in font)) throw new Error('a font collection where one font was expected');
  return font;
}

async function* htmlFiles(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The charts' own scripts the build wrote (routes.chartScript): none when no chart has one. */
async function chartScriptFiles(root: string): Promise<string[]> {
  const folder = join(root, dirname(routes.chartScript('any')));
  const entries = await readdir(folder).catch(() => [] as string[]);
  return entries.filter((name) => name.endsWith('.js')).map((name) => join(folder, name));
}

export default function subsetFonts(): AstroIntegration {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const charactersOf = { site: new Set<string>(), embed: new Set<string>() };
        for await (const file of htmlFiles(root)) {
          const pages = relative(root, file).startsWith('embed/') ? charactersOf.embed : charactersOf.site;
          for (const character of charactersIn(await readFile(file, 'utf8'))) pages.add(character);
        }
        // A chart's own script (scripts/<chart>.js, fetched on the reader's first touch) writes
        // labels on story and embed pages alike.
        for (const file of await chartScriptFiles(root)) {
          for (const character of charactersIn(await readFile(file, 'utf8'))) {
            charactersOf.site.add(character);
            charactersOf.embed.add(character);
          }
        }
        const missing = new Set<string>();
        for (const font of webFonts) {
          const characters = charactersOf[font.pages];
          const source = await readFile(sourcePath(font));
          const covered = coveredBy(openFont(source), characters);
          for (const character of characters) if (!covered.includes(character) && !/\s/.test(character)) missing.add(character);
          const subset = await subsetWoff2(source, covered, font.features);
          await mkdir(dirname(join(root, font.file)), { recursive: true });
          await writeFile(join(root, font.file), subset);
          logger.info(`${font.file}: ${covered.length} characters, ${subset.length} bytes (from ${source.length})`);
        }
        // The SIL Open Font License asks that every copy of the fonts carries it.
        const require = createRequire(import.meta.url);
        for (const family of servedFamilies()) await writeFile(join(root, family.licence), await readFile(require.resolve(family.licenceSource)));
        if (missing.size) logger.info(`left to the fallback font (not in every face): ${[...missing].join(' ')}`);
      },
    },
  };
}
