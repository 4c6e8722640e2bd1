/**
 * The palette, checked in both themes as a reader's eyes would meet it: text at WCAG AA (4.5:1)
 * on the page and on tinted panels, marks, rules and the focus ring at 3:1 (WCAG 1.4.11), and the
 * two reports' colours still apart for readers with each common colour-vision deficiency.
 */
import { describe, expect, it } from 'vitest';
import { cssCustomProperties, forcedColors, palettes, type ColorName, type Palette } from './tokens';

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Machado, Oliveira & Fernandes (2009), severity 1: how a colour looks with each dichromacy. */
const deficiencies = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

/** CIE L*a*b* of linear RGB (D65). */
function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function simulated(hex: string, matrix: readonly (readonly number[])[]): [number, number, number] {
  const rgb = channels(hex).map(linear);
  return matrix.map((row) => Math.min(1, Math.max(0, row.reduce((sum, weight, index) => sum + weight * rgb[index]!, 0)))) as [number, number, number];
}

const distance = (a: [number, number, number], b: [number, number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const textColors: ColorName[] = ['ink', 'muted', 'accent', 'focus', 'reportCrackdown', 'reportRentals'];
const markColors: ColorName[] = ['rule', 'focus', 'markFocus', 'ink', 'reportCrackdown', 'reportRentals', 'muted'];

describe.each(Object.entries(palettes) as [string, Palette][])('the %s palette', (_theme, palette) => {
  it.each(textColors)('sets %s text at 4.5:1 or more on the page and on tinted panels', (name) => {
    expect(contrast(palette[name], palette.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette[name], palette.wash)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(markColors)('draws %s marks at 3:1 or more against the page', (name) => {
    expect(contrast(palette[name], palette.paper)).toBeGreaterThanOrEqual(3);
  });

  it('rings a focused chart mark in a neutral that stands 3:1 off the grey bars as well as the page', () => {
    expect(contrast(palette.markFocus, palette.rule)).toBeGreaterThanOrEqual(3);
  });

  it('writes paper-coloured letters on each report’s colour at 4.5:1 or more', () => {
    expect(contrast(palette.paper, palette.reportCrackdown)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.paper, palette.reportRentals)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['water', 'land', 'landFocus'] as const)('sets ink and muted map labels at 4.5:1 or more on %s, and draws muted outlines, the accent and ink marks on it at 3:1', (ground) => {
    for (const text of ['ink', 'muted'] as const) expect(contrast(palette[text], palette[ground])).toBeGreaterThanOrEqual(4.5);
    for (const mark of ['muted', 'accent', 'ink'] as const) expect(contrast(palette[mark], palette[ground])).toBeGreaterThanOrEqual(3);
  });

  it('tells the map’s focus country from its neighbours and both from the sea', () => {
    const lightness = (hex: string) => lab(channels(hex).map(linear) as [number, number, number])[0];
    expect(Math.abs(lightness(palette.landFocus) - lightness(palette.land))).toBeGreaterThanOrEqual(2);
    expect(distance(lab(channels(palette.landFocus).map(linear) as [number, number, number]), lab(channels(palette.water).map(linear) as [number, number, number]))).toBeGreaterThanOrEqual(8);
    expect(distance(lab(channels(palette.land).map(linear) as [number, number, number]), lab(channels(palette.water).map(linear) as [number, number, number]))).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.keys(deficiencies) as (keyof typeof deficiencies)[])('keeps the two reports’ colours apart with %s (ΔE ≥ 20)', (deficiency) => {
    const matrix = deficiencies[deficiency];
    const apart = distance(lab(simulated(palette.reportCrackdown, matrix)), lab(simulated(palette.reportRentals, matrix)));
    expect(apart).toBeGreaterThanOrEqual(20);
  });
});

describe('cssCustomProperties()', () => {
  const css = cssCustomProperties();

  it('declares both schemes, so browser auto-dark leaves the page alone', () => {
    expect(css).toContain('color-scheme:light dark');
    expect(css).toMatch(/@media \(prefers-color-scheme:dark\)\{:root\{[^}]*--color-paper:#16161a/);
  });

  it('maps every colour to a system colour under forced colours', () => {
    const forced = /@media \(forced-colors:active\)\{:root\{([^}]*)\}\}/.exec(css)?.[1] ?? '';
    for (const [name, system] of Object.entries(forcedColors)) {
      expect(forced).toContain(`--color-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${system}`);
    }
  });
});
