/**
 * A key entry's swatch as SVG markup, drawn from the same style object as the chart's marks
 * (SwatchStyle): one drawing for the page's key (src/components/Legend.astro) and the pictures'
 * (src/lib/chart-image.ts), so neither can drift from the marks or from the other.
 *
 * const { width, height } = swatchSize[swatch.shape];
 * `<svg width="${width}" height="${height}">${swatchMarkup(swatch)}</svg>`
 */
import type { SwatchStyle } from './definition';
import { colors } from '../styles/tokens';

/** Each shape's box, in px at the key's 14 px text. */
export const swatchSize = { dot: [14, 14], bar: [16, 12], line: [28, 12], letter: [18, 18], text: [12, 14] } as const satisfies Record<SwatchStyle['shape'], readonly [number, number]>;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attributes = (pairs: Record<string, string | number | undefined>) =>
  Object.entries(pairs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

/** A dash pattern ("4,3") at half its lengths ("2,1.5"). */
const halved = (dashes: string | undefined) => dashes?.split(/[\s,]+/).map((length) => Number(length) / 2).join(',');

/**
 * The swatch's shapes (no enclosing <svg>). `forcedHatch`: include a bar's stripes for forced
 * colours (hidden until ChartFrame's forced-colours rule shows them); a picture, which no forced
 * colours reach, leaves them out.
 */
export function swatchMarkup(swatch: SwatchStyle, { forcedHatch = true } = {}): string {
  const paint = {
    fill: swatch.fill ?? 'none',
    'fill-opacity': swatch.fillOpacity,
    stroke: swatch.stroke,
    'stroke-width': swatch.strokeWidth,
    'stroke-dasharray': swatch.strokeDasharray,
    'data-tint': swatch.tint ? '' : undefined,
  };
  const letter = escapeXml(swatch.letter ?? '');
  switch (swatch.shape) {
    case 'dot':
      return `<circle cx="7" cy="7" r="5.5"${attributes(paint)}/>`;
    case 'bar':
      return (
        // The bars' dashes at half their length: at a bar's length around a 13 × 9 swatch they
        // made five or six notches, and the swatch read as a blob, not as a dashed outline.
        `<rect x="1.5" y="1.5" width="13" height="9" rx="1"${attributes({ ...paint, 'stroke-dasharray': halved(swatch.strokeDasharray) })}/>` +
        (swatch.forcedHatch && forcedHatch
          ? `<path d="M1.5,6.5L6.5,1.5M2.5,10.5L11.5,1.5M7.5,10.5L14.5,3.5M12.5,10.5L14.5,8.5" stroke="${colors.paper}" stroke-width="1.75" data-forced-colors-only="" visibility="hidden"/>`
          : '')
      );
    case 'line':
      return `<line x1="1" y1="6" x2="27" y2="6"${attributes({ ...paint, stroke: swatch.stroke ?? swatch.fill })}/>`;
    case 'text':
      return `<text x="6" y="11" text-anchor="middle" font-size="12" fill="${escapeXml(swatch.fill ?? 'currentColor')}" class="legend-text">${letter}</text>`;
    case 'letter':
      return `<circle cx="9" cy="9" r="8"${attributes(paint)}/><text x="9" y="13" text-anchor="middle" font-size="11" font-weight="700" fill="${colors.paper}" class="legend-letter">${letter}</text>`;
  }
}
