/** The loader's one piece of arithmetic, apart so it can be tested without a page. */

/**
 * The height the chart has in `width` px, from the "w:h w:h" table sorted by width: between two
 * measured widths along the line joining them, outside them the nearest (src/lib/embed-kit.ts
 * `interpolateHeight` is the same arithmetic, tested).
 */
export function pickHeight(table: string, width: number): number {
  let w0 = 0;
  let h0 = 0;
  for (const pair of table.split(' ')) {
    const [w1, h1] = pair.split(':').map(Number) as [number, number];
    if (!(w1 > 0 && h1 > 0)) continue;
    if (width <= w1) return h0 ? Math.ceil(h0 + ((h1 - h0) * (width - w0)) / (w1 - w0)) : h1;
    [w0, h0] = [w1, h1];
  }
  return h0;
}
