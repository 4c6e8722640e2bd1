/**
 * The script of every embed page: the render flags from its address, the chart frame's
 * enhancements, the model's "Link to this view" pointed at the story, and height reporting.
 * The flags' CSS is the page's (src/lib/embed-kit.ts); here they only become attributes on <html>.
 */
import './chart-frame';
import { readFlags } from './embed-flags';
import { reportHeight } from './embed-height';

const flags = readFlags(location.search);
const root = document.documentElement;
if (flags.theme) root.dataset['theme'] = flags.theme;
for (const name of ['transparent', 'plain', 'static'] as const) if (flags[name]) root.toggleAttribute(`data-${name}`, true);
if (flags.static) {
  // No interaction: the marks leave the tab order, and (with the page's CSS) pointers pass by, so no tooltip opens.
  for (const mark of Array.from(document.querySelectorAll('.chart-mark'))) mark.removeAttribute('tabindex');
}

// The model's "Link to this view" leads to the story, not to this embed (src/charts/risk-model/client.ts reads it).
const story = document.querySelector<HTMLAnchorElement>('.embed-source-line a');
const model = document.querySelector<HTMLElement>('risk-model');
if (story && model) model.dataset['shareBase'] = new URL(`${story.getAttribute('href')}#${model.dataset['slug'] ?? 'risk-model'}-title`, location.href).href;

reportHeight(document.querySelector('chart-frame')?.getAttribute('data-slug') ?? '');
