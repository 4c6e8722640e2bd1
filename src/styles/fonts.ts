/**
 * The site's two typefaces, self-hosted: Source Serif 4 for the story's text and Source Sans 3
 * for charts and the interface (both SIL Open Font License 1.1, from the @fontsource packages).
 * The build copies each face into `dist/fonts/`, cut down to the characters the site uses
 * (integrations/subset-fonts.ts), and every page declares them with a URL relative to itself, so
 * they load from any sub-path and from file://.
 *
 * Until a face has loaded, text is set in a local fallback (Georgia or Times New Roman, Arial or
 * Helvetica, or their metric twins Liberation and Tinos/Arimo) scaled and spaced by
 * `size-adjust` and the ascent, descent and line-gap overrides, computed here from the font files
 * themselves (Capsize), so a line of fallback text takes the room the face will. With
 * `font-display: optional` a face that misses the first paint is not swapped in at all: the
 * layout never moves for a font.
 *
 * Build time only (reads node_modules); pages get CSS text from `fontFaceCss`.
 */
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import georgia from '@capsizecss/metrics/georgia';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { fromFile } from '@capsizecss/unpack/fs';
import { createRequire } from 'node:module';

export type FontRole = 'serif' | 'sans';

export interface WebFont {
  role: FontRole;
  family: string;
  weight: 400 | 700;
  /** Where the build writes the subset, relative to the site's root. */
  file: string;
  /** The package file it is cut from (fontsource's "latin" subset). */
  source: string;
  /**
   * The pages that load it: the site's pages, or embed pages, which carry one face of their own
   * (the chart face, regular only, cut to the embeds' characters) to stay within their budget.
   */
  pages: 'site' | 'embed';
  /** OpenType features kept (the rest, and the glyphs only they reach, are dropped). */
  features: readonly string[];
}

/** Kerning, ligatures, and the figure styles a table's tabular numbers use. */
const textFeatures = ['kern', 'liga', 'ccmp', 'locl', 'tnum', 'lnum'] as const;

export const webFonts: readonly WebFont[] = [
  {
    role: 'serif',
    family: 'Source Serif 4',
    weight: 400,
    file: 'fonts/source-serif-4-400.woff2',
    source: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
    pages: 'site',
    features: textFeatures,
  },
  {
    role: 'sans',
    family: 'Source Sans 3',
    weight: 400,
    file: 'fonts/source-sans-3-400.woff2',
    source: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2',
    pages: 'site',
    features: textFeatures,
  },
  {
    role: 'sans',
    family: 'Source Sans 3',
    weight: 700,
    file: 'fonts/source-sans-3-700.woff2',
    source: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2',
    pages: 'site',
    features: textFeatures,
  },
  {
    role: 'sans',
    family: 'Source Sans 3',
    weight: 400,
    file: 'fonts/source-sans-3-400-embed.woff2',
    source: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2',
    pages: 'embed',
    // No kerning: 1.5 KB an embed cannot spare.
    features: ['tnum'],
  },
];

/** The faces a page asks for before its CSS needs them, so they are there for the first paint. */
export function preloadedFonts({ embedded = false } = {}): WebFont[] {
  return webFonts.filter((font) => font.pages === (embedded ? 'embed' : 'site'));
}

/** A family's licence as the build ships it beside the face, relative to the site's root. */
export function licenceFile(family: string): string {
  return `fonts/LICENSE-${family.toLowerCase().replace(/\s+/g, '-')}.txt`;
}

/** Each family the site serves, its licence file, and the package file that licence is copied from. */
export function servedFamilies(): { family: string; licence: string; licenceSource: string; package: string }[] {
  const families = new Map<string, WebFont>();
  for (const font of webFonts) if (!families.has(font.family)) families.set(font.family, font);
  return [...families.values()].map((font) => {
    const packageName = font.source.split('/').slice(0, 2).join('/');
    return { family: font.family, licence: licenceFile(font.family), licenceSource: `${packageName}/LICENSE`, package: packageName };
  });
}

/** The absolute path of a face's source file in node_modules. */
export function sourcePath(font: WebFont): string {
  return createRequire(import.meta.url).resolve(font.source);
}

type Metrics = Parameters<typeof createFontStack>[0][number];

/**
 * Local fonts that stand in while a face loads, each with the metrics of its regular and bold
 * (from Capsize's measurements of the font files) and the local names it goes by, metric-compatible
 * twins included (Liberation Serif and Tinos are drawn to Times New Roman's widths, Liberation Sans
 * and Arimo to Arial's).
 */
const fallbacks: Record<FontRole, { metrics: Metrics & { variants?: Record<string, Metrics> }; names: Record<400 | 700, string[]> }[]> = {
  serif: [
    { metrics: georgia, names: { 400: ['Georgia'], 700: ['Georgia Bold', 'Georgia-Bold'] } },
    {
      metrics: timesNewRoman,
      names: {
        400: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos'],
        700: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold'],
      },
    },
  ],
  sans: [
    {
      metrics: arial,
      names: {
        400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Helvetica', 'Helvetica Neue'],
        700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Helvetica Bold'],
      },
    },
  ],
};

/** What the page's CSS falls back to after the faces and their adjusted stand-ins. */
const genericFamily: Record<FontRole, string> = { serif: 'serif', sans: 'sans-serif' };

const fallbackFamily = (role: FontRole, index: number) => `${role === 'serif' ? 'Source Serif 4' : 'Source Sans 3'} Fallback ${index + 1}`;

/** The font-family value of each role, the faces first, then the adjusted stand-ins. */
export const fontStacks: Record<FontRole, string> = {
  serif: ['"Source Serif 4"', ...fallbacks.serif.map((_, index) => `"${fallbackFamily('serif', index)}"`), genericFamily.serif].join(', '),
  sans: ['"Source Sans 3"', ...fallbacks.sans.map((_, index) => `"${fallbackFamily('sans', index)}"`), genericFamily.sans].join(', '),
};

let metricsOfFaces: Promise<Map<WebFont, Metrics>> | undefined;
/** Each face's metrics, read once from its font file. */
function faceMetrics(): Promise<Map<WebFont, Metrics>> {
  metricsOfFaces ??= Promise.all(webFonts.map(async (font) => [font, await fromFile(sourcePath(font))] as const)).then((entries) => new Map(entries));
  return metricsOfFaces;
}

/** One stand-in @font-face: a local font scaled to the face's average width and given its vertical metrics. */
function fallbackFace(face: Metrics, family: string, weight: 400 | 700, fallback: Metrics, names: string[]): string {
  const { fontFaces } = createFontStack([face, fallback], { fontFaceProperties: { fontWeight: weight } });
  const src = names.map((name) => `local('${name}')`).join(', ');
  // Capsize names the stand-in after the face and finds it by one local name; give it ours and every name the font goes by.
  return fontFaces
    .replace(/font-family: "[^"]*";/, `font-family: "${family}";`)
    .replace(/src: [^;]*;/, `src: ${src};`)
    .replace(/\s*\n\s*/g, '');
}

/**
 * Every @font-face a page needs, with URLs relative to the page (`prefix` is "./" or "../").
 * Embed pages (`embedded`) carry only their own cut of the chart face.
 */
export async function fontFaceCss(prefix: string, { embedded = false } = {}): Promise<string> {
  const metrics = await faceMetrics();
  const faces = webFonts.filter((font) => font.pages === (embedded ? 'embed' : 'site'));
  const rules: string[] = [];
  for (const font of faces) {
    rules.push(
      `@font-face{font-family:"${font.family}";src:url("${prefix}${font.file}") format("woff2");font-weight:${font.weight};font-style:normal;font-display:optional}`,
    );
    fallbacks[font.role].forEach(({ metrics: fallbackMetrics, names }, index) => {
      const variant = font.weight === 700 ? (fallbackMetrics.variants?.['700'] ?? fallbackMetrics) : fallbackMetrics;
      rules.push(fallbackFace(metrics.get(font)!, fallbackFamily(font.role, index), font.weight, variant, names[font.weight]));
    });
  }
  return rules.join('');
}
