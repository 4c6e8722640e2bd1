/** Each chart as PNG, drawn from the page's own SVG (src/lib/chart-image.ts): wide (the download), narrow (the embed's fallback) and the 1200×630 social card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts/registry';
import { cardSvg, chartSvg, faceWidth, renderedForImages, svgToPng } from '../../lib/chart-image';

const kinds = ['wide', 'narrow', 'card'] as const;

export const getStaticPaths = (() =>
  [...charts.keys()].flatMap((slug) =>
    kinds.map((kind) => ({ params: { image: kind === 'wide' ? slug : `${slug}-${kind}` }, props: { slug, kind } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { slug, kind } = props as { slug: string; kind: (typeof kinds)[number] };
  const rendered = renderedForImages(slug, 'src/pages/images/[image].png.ts');
  const png = kind === 'card' ? svgToPng(cardSvg(rendered), { card: true }) : svgToPng(chartSvg(rendered, kind, faceWidth).svg);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
