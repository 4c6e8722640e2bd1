/**
 * The one palette and type scale. Charts read these values directly (SVG presentation
 * attributes cannot use CSS variables) and the layout turns them into CSS custom properties,
 * so a colour changes in one place only. Every text colour passes WCAG AA (4.5:1) on `paper`.
 */
/** The first report's colour, which is also the site's accent. */
const rust = '#a3361a';

export const colors = {
  ink: '#1b1b1f',
  muted: '#55555e',
  rule: '#c9c9cf',
  grid: '#e6e6ea',
  paper: '#ffffff',
  wash: '#f4f3ef',
  accent: rust,
  focus: '#1747c9',
  /** One colour per report, used by every chart and legend. */
  reportCrackdown: rust,
  reportRentals: '#1d5b8f',
} as const;

export const type = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
} as const;

/** Colour of each report's marks, by source id. */
export const reportColors: Record<string, string> = {
  'daily-nk-crackdown': colors.reportCrackdown,
  'daily-nk-rentals': colors.reportRentals,
};

export function cssCustomProperties(): string {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const declarations = Object.entries(colors).map(([name, value]) => `--color-${kebab(name)}:${value}`);
  declarations.push(`--font-sans:${type.sans}`, `--font-serif:${type.serif}`);
  return `:root{${declarations.join(';')}}`;
}
