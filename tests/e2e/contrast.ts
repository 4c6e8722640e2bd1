/**
 * WCAG contrast from computed CSS colours: parse what getComputedStyle returns, lay a
 * translucent paint over its background, and take the ratio of relative luminances.
 *
 * contrastRatio(over(parseColor('rgba(0, 0, 0, 0.5)')!, white), white) // ≈ 3.95
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a: number;
}

/**
 * A computed colour ("rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)",
 * "color(srgb 0.1 0.2 0.3)", "transparent"), or null for "none", a url() paint or anything else.
 */
export function parseColor(css: string): Rgba | null {
  const value = css.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const alphaOf = (text: string | undefined) => (text === undefined ? 1 : text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text));
  const rgb = value.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alphaOf(rgb[4]) };
  const srgb = value.match(/^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*(?:\/\s*([\d.]+%?)\s*)?\)$/);
  if (srgb) return { r: Number(srgb[1]) * 255, g: Number(srgb[2]) * 255, b: Number(srgb[3]) * 255, a: alphaOf(srgb[4]) };
  return null;
}

/** A paint with extra opacity (fill-opacity, opacity) laid over an opaque background. */
export function over(paint: Rgba, background: Rgba, opacity = 1): Rgba {
  const a = paint.a * opacity;
  const mix = (front: number, back: number) => front * a + back * (1 - a);
  return { r: mix(paint.r, background.r), g: mix(paint.g, background.g), b: mix(paint.b, background.b), a: 1 };
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** "rgb(27, 27, 31)", rounded, for messages. */
export function formatColor({ r, g, b }: Rgba): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}
