/**
 * The charts under test, read from the build's charts manifest (dist/charts.json), which the
 * chart definitions generate: a chart added as a folder is tested with no list to edit here.
 * The manifest must name at least one chart for each story, so a build that lost its charts
 * fails instead of testing nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface ManifestEntry {
  slug: string;
  story: string;
  title: string;
  embed_page: string;
}

const manifest = JSON.parse(readFileSync(resolve('dist/charts.json'), 'utf8')) as ManifestEntry[];

export const stories = ['crackdown', 'rentals'] as const;

export const chartsByStory = Object.fromEntries(
  stories.map((story) => {
    const slugs = manifest.filter((entry) => entry.story === story).map((entry) => entry.slug);
    if (slugs.length === 0) throw new Error(`dist/charts.json: no chart for the story "${story}"`);
    return [story, slugs];
  }),
) as Record<(typeof stories)[number], string[]>;

export const chartSlugs = manifest.map((entry) => entry.slug);

export const sitePages = ['index.html', 'stories/crackdown.html', 'stories/rentals.html', 'methods.html'] as const;

export const embedPages = manifest.map((entry) => entry.embed_page);
