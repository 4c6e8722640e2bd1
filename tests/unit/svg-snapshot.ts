/**
 * Makes chart SVG stable for snapshots, as Plot's own test harness does: numbers rounded to two
 * decimals (float noise differs across platforms) and generated ids renumbered in order.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100))
    .replace(/\b(plot-[a-z0-9]+-\d+|clip\d+|[a-z]+-\d+-[a-z0-9]{4,})\b/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/></g, '>\n<');
}
