/**
 * The charts the site must have, and the story each belongs to. Pinned here, not read from the
 * build, so a chart that silently disappears fails the tests instead of skipping them.
 */
export const chartsByStory = {
  crackdown: ['price-tiers', 'risk-flow', 'price-meaning'],
  rentals: ['covid-trade', 'risk-evidence', 'risk-model'],
} as const;

export const chartSlugs = Object.values(chartsByStory).flat();

export const sitePages = ['index.html', 'stories/crackdown.html', 'stories/rentals.html', 'methods.html'] as const;

export const embedPages = chartSlugs.map((slug) => `embed/${slug}.html`);
