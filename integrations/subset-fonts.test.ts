import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { charactersIn, coveredBy, openFont, subsetWoff2 } from './subset-fonts';
import { fontFaceCss, fontStacks, servedFamilies, sourcePath, webFonts } from '../src/styles/fonts';
import { textWidth } from '../src/charts/text';

const chartFace = webFonts.find((font) => font.family === 'Source Sans 3' && font.weight === 400 && font.pages === 'site')!;
const chartBold = webFonts.find((font) => font.family === 'Source Sans 3' && font.weight === 700)!;

describe('charactersIn(html)', () => {
  it('finds text, entities and the escapes of inline scripts, and always printable ASCII', () => {
    const characters = charactersIn('<p>Price&nbsp;&#8212;&#x2248; “50–200 yuan”</p><script>t("\\u2192 \\u{1F600}")</script>');
    for (const character of ['P', '\u00a0', '—', '≈', '“', '”', '–', '→', '😀', '~', '{']) expect(characters.has(character), character).toBe(true);
    expect(characters.has('\n')).toBe(false);
  });
});

describe('subsetWoff2(source, characters, features)', () => {
  it('keeps every character asked for that the face has, and drops the rest', { timeout: 30_000 }, async () => {
    const source = readFileSync(sourcePath(chartFace));
    const wanted = charactersIn('Renting a line to China: 50–200 yuan, “about” 35,000 won ≈ US$7–28 → 2020');
    const subset = openFont(await subsetWoff2(source, coveredBy(openFont(source), wanted), chartFace.features));
    const kept = [...wanted].filter((character) => openFont(source).hasGlyphForCodePoint(character.codePointAt(0)!));
    expect(kept.filter((character) => !subset.hasGlyphForCodePoint(character.codePointAt(0)!))).toEqual([]);
    // Not in Source Sans 3's latin file: left to the fallback, not asked for.
    expect(kept).not.toContain('≈');
    for (const dropped of ['é', 'ß', 'Ñ']) expect(subset.hasGlyphForCodePoint(dropped.codePointAt(0)!), dropped).toBe(false);
  });
});

describe('the chart face and the label width estimates (src/charts/text.ts)', () => {
  // Every character a chart label may hold: printable ASCII and the punctuation the site uses.
  const characters = [...charactersIn('’‘“”–—×÷…↑')].filter((character) => character !== ' ');
  for (const font of [chartFace, chartBold]) {
    it(`never measures a character narrower than ${font.family} ${font.weight} draws it`, () => {
      const face = openFont(readFileSync(sourcePath(font)));
      const narrower = coveredBy(face, characters).filter((character) => {
        const drawn = (face.glyphForCodePoint(character.codePointAt(0)!).advanceWidth / face.unitsPerEm) * 12;
        return textWidth(character, 12, { bold: font.weight === 700 }) < drawn;
      });
      expect(narrower).toEqual([]);
    });
  }
});

describe('fontFaceCss(prefix)', () => {
  it('declares each face by a URL relative to the page, never swapped in late, with metric-adjusted local stand-ins', async () => {
    const css = await fontFaceCss('../');
    expect(css).toContain('src:url("../fonts/source-serif-4-400.woff2") format("woff2")');
    expect(css).not.toMatch(/url\("?(\/|https?:)/);
    expect(css.match(/font-display:optional/g)).toHaveLength(webFonts.filter((font) => font.pages === 'site').length);
    for (const property of ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override']) expect(css).toContain(property);
    expect(css).toContain("src: local('Georgia')");
    expect(css).toContain("local('Liberation Sans')");
    // The adjustment is computed, not 100%: Source Serif 4 is wider than Georgia at one size.
    expect(Number(/Source Serif 4 Fallback 1";[^}]*size-adjust: ([\d.]+)%/.exec(css)?.[1])).toBeGreaterThan(101);
  });

  it('gives an embed page only its own cut of the chart face', async () => {
    const css = await fontFaceCss('../', { embedded: true });
    expect(css).toContain('source-sans-3-400-embed.woff2');
    expect(css).not.toContain('source-serif-4');
    expect(fontStacks.sans.startsWith('"Source Sans 3"')).toBe(true);
  });
});

describe('servedFamilies()', () => {
  it('ships each family the pages load with its own SIL Open Font License, as the licence asks', () => {
    const require = createRequire(import.meta.url);
    const families = servedFamilies();
    expect(families.map((family) => family.family).sort()).toEqual([...new Set(webFonts.map((font) => font.family))].sort());
    for (const family of families) {
      expect(family.licence).toMatch(/^fonts\/LICENSE-[a-z0-9-]+\.txt$/);
      expect(readFileSync(require.resolve(family.licenceSource), 'utf8')).toContain('SIL Open Font License, Version 1.1');
    }
  });
});
