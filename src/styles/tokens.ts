/**
 * The one palette and type scale. Each colour has a light and a dark value; the layout turns
 * them into CSS custom properties (with a dark set under `prefers-color-scheme: dark` and system
 * colours under `forced-colors: active`), and charts paint with `colors`, which are references to
 * those properties: a theme, forced colours or print changes every chart without a redraw.
 * Contrast is tested from these values (src/styles/tokens.test.ts): every text colour ≥ 4.5:1 on
 * `paper`, every mark colour and the focus rings ≥ 3:1, in both themes.
 */
export type ColorName = 'ink' | 'muted' | 'rule' | 'grid' | 'paper' | 'wash' | 'accent' | 'focus' | 'markFocus' | 'reportCrackdown' | 'reportRentals' | 'water' | 'land' | 'landFocus';

export interface Palette {
  /** Body text, axis labels, value labels. */
  ink: string;
  /** Secondary text: notes, legends, derived values. */
  muted: string;
  /** Rules and outlines that must be seen (≥ 3:1): the zero line, hollow outlines. */
  rule: string;
  /** Gridlines, table rules: structure that may recede. */
  grid: string;
  /** The background, and halos behind chart text. */
  paper: string;
  /** Tinted panels: method notes, chart panels. */
  wash: string;
  /** The site's accent: links in the quote rule, the favicon. */
  accent: string;
  /** Links and the focus ring of links and controls. */
  focus: string;
  /**
   * The ring round a chart mark that is hovered, focused or tapped: a dark neutral, because on
   * every chart of the site red and blue mean the two reports, and a blue ring beside the second
   * report's blue would read as it. Under forced colours, the system's highlight.
   */
  markFocus: string;
  /** One colour per report, used by every chart and legend. */
  reportCrackdown: string;
  reportRentals: string;
  /** Maps: the sea, behind everything. */
  water: string;
  /** Maps: land of the countries around the one a map is about. */
  land: string;
  /** Maps: the country a map is about. Chart text in ink must read on all three (4.5:1). */
  landFocus: string;
}

export const palettes: { light: Palette; dark: Palette } = {
  light: {
    ink: '#1b1b1f',
    muted: '#55555e',
    rule: '#8c8c96',
    grid: '#e6e6ea',
    paper: '#ffffff',
    wash: '#f4f3ef',
    accent: '#a3361a',
    focus: '#1747c9',
    markFocus: '#1b1b1f',
    reportCrackdown: '#a3361a',
    reportRentals: '#1d5b8f',
    water: '#dce8f0',
    land: '#ebe9e4',
    landFocus: '#fbf3e9',
  },
  dark: {
    ink: '#ececf0',
    muted: '#b0b0ba',
    rule: '#7c7c88',
    grid: '#34343c',
    paper: '#16161a',
    wash: '#24242a',
    accent: '#f08a66',
    focus: '#8fb3ff',
    markFocus: '#ececf0',
    reportCrackdown: '#f08a66',
    reportRentals: '#6cb4ee',
    water: '#142b3b',
    land: '#2b2b31',
    landFocus: '#3a322c',
  },
};

/**
 * Windows High Contrast and other forced-colour modes: every colour becomes a system colour, so
 * chart text, marks, halos and the focus ring follow the reader's scheme and nothing vanishes.
 * The two reports stay apart by hue where the scheme gives two (CanvasText and LinkText) and by
 * their labels everywhere.
 */
export const forcedColors: Record<ColorName, string> = {
  ink: 'CanvasText',
  muted: 'CanvasText',
  rule: 'CanvasText',
  grid: 'GrayText',
  paper: 'Canvas',
  wash: 'Canvas',
  accent: 'LinkText',
  focus: 'Highlight',
  markFocus: 'Highlight',
  reportCrackdown: 'CanvasText',
  reportRentals: 'LinkText',
  water: 'Canvas',
  land: 'Canvas',
  landFocus: 'Canvas',
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const propertyName = (name: ColorName) => `--color-${kebab(name)}`;
const colorNames = Object.keys(palettes.light) as ColorName[];

/** What charts and legends paint with: `var(--color-…)`, resolved by the page's theme. */
export const colors = Object.fromEntries(colorNames.map((name) => [name, `var(${propertyName(name)})`])) as Record<ColorName, string>;

/** Colour of each report's marks, by source id. */
export const reportColors: Record<string, string> = {
  'daily-nk-crackdown': colors.reportCrackdown,
  'daily-nk-rentals': colors.reportRentals,
};

export const type = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
} as const;

function declarations(values: Record<ColorName, string>): string {
  return colorNames.map((name) => `${propertyName(name)}:${values[name]}`).join(';');
}

/**
 * The palette as custom properties: light by default, dark when the reader's system asks for it,
 * system colours under forced colours. `color-scheme` tells the browser both are handled, so its
 * own automatic darkening leaves the page alone, and form controls and scrollbars follow.
 */
export function cssCustomProperties(): string {
  return [
    `:root{color-scheme:light dark;${declarations(palettes.light)};--font-sans:${type.sans};--font-serif:${type.serif}}`,
    `@media (prefers-color-scheme:dark){:root{${declarations(palettes.dark)}}}`,
    `@media (forced-colors:active){:root{${declarations(forcedColors)}}}`,
    // Print on white paper whatever the screen's theme.
    `@media print{:root{color-scheme:light;${declarations(palettes.light)}}}`,
  ].join('');
}
