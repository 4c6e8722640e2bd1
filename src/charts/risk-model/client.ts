/**
 * <risk-model>: makes the build-time drawings of the risk model explorable. It reveals the
 * sliders, starts from any settings in the address (malformed ones fall back to the defaults),
 * and on every change redraws each drawing with the same chart function and the same (English)
 * messages the build used, rewrites the sentence and the frame's takeaway and description for
 * the settings, and writes them to the address so a reader can share the view. Its one polite
 * live region says only what changed ("30 → 45 yuan a day, 23% of the reported price"), once a
 * slider settles or on Reset; never while a slider is dragged, nor for settings from the address.
 *
 * Beyond Body.astro, it writes the frame's takeaway and description, by the ids chartIds makes.
 *
 * Its contract is Body.astro's markup, and nothing else on the page: `data-model` (the drawing's
 * data as JSON) and `data-slug` on the element; inside it, `.model-controls`, `input[data-param]`,
 * `output[data-output]`, `[data-reset]`, `[data-share]`, `[data-summary]`, `[data-announce]` and
 * the drawings, `[data-drawings] svg[data-layout]`.
 */
import { english } from '../../lib/locale';
import { chartIds } from '../definition';
import { drawingWidths, presetOf, type DrawingLayout } from '../layouts';
import { finishSvg } from '../svg';
import { riskModelChart } from './chart';
import type { ModelDrawingData } from './data';
import { modelMessages } from './messages';
import { assumptionsFromParams, controls, isDefault, paramsFromAssumptions, paramsFromLocation, type Assumptions } from './model';
import { controlValue, modelAnnouncement, modelDescription, modelSummary, modelTakeaway } from './summary';

/** Screen readers hear what changed once a slider settles (several key presses count as one). */
const announceDelay = 500;
const context = { t: modelMessages.en, locale: english };

class RiskModelElement extends HTMLElement {
  #data!: ModelDrawingData;
  #assumptions!: Assumptions;
  /** The settings last announced (or loaded): an announcement says the change from these. */
  #announced!: Assumptions;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const raw = this.dataset['model'];
    if (!raw) return;
    this.#data = JSON.parse(raw) as ModelDrawingData;
    const fromAddress = assumptionsFromParams(paramsFromLocation(location), this.#data.defaults);
    this.#announced = fromAddress;
    // This script is fetched when the reader first reaches for the model (deferred-scripts.ts), so
    // a slider may have moved before it arrived: a control away from its built value is the
    // reader's setting, and wins.
    const moved: Partial<Assumptions> = {};
    for (const input of this.#inputs()) {
      const control = controls.find(({ param }) => param === input.dataset['param']);
      if (control && input.value !== input.defaultValue) moved[control.key] = Number(input.value);
    }
    this.#assumptions = { ...fromAddress, ...moved };
    const movedBeforeScript = Object.keys(moved).length > 0;

    for (const input of this.#inputs()) {
      input.addEventListener('input', () => {
        const control = controls.find(({ param }) => param === input.dataset['param']);
        if (!control) return;
        this.#assumptions = { ...this.#assumptions, [control.key]: Number(input.value) };
        this.#render('never');
      });
      // A drag ends, or a key press lands: announce once things have been still for a moment.
      input.addEventListener('change', () => this.#announce('later'));
    }
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      this.#assumptions = { ...this.#data.defaults };
      this.#render('now');
    });
    // The build drew the defaults: redraw on load only for settings from the address (not
    // announced: nothing changed before the reader's eyes) or the reader's own (announced once
    // settled, as any change is).
    if (movedBeforeScript) this.#render('later');
    else if (isDefault(this.#assumptions, this.#data.defaults)) this.#updateShareLink();
    else this.#render('never');
  }

  #inputs(): HTMLInputElement[] {
    return Array.from(this.querySelectorAll<HTMLInputElement>('input[data-param]'));
  }

  #render(announce: 'now' | 'later' | 'never') {
    const assumptions = this.#assumptions;
    for (const input of this.#inputs()) {
      const control = controls.find(({ param }) => param === input.dataset['param']);
      if (!control) continue;
      const value = assumptions[control.key];
      if (input.value !== String(value)) input.value = String(value);
      const text = controlValue(control.key, value, context);
      input.setAttribute('aria-valuetext', text);
      const output = this.querySelector(`output[data-output="${control.param}"]`);
      if (output) output.textContent = text;
    }

    const ids = chartIds(this.dataset['slug'] ?? 'risk-model');
    for (const current of Array.from(this.querySelectorAll('[data-drawings] svg[data-layout]'))) {
      const layout = current.getAttribute('data-layout') as DrawingLayout;
      const width = drawingWidths[layout];
      if (!width) continue;
      const svg = riskModelChart({ ...this.#data, assumptions }, { ...context, variant: 'default', layout: presetOf(layout), width, document, ids });
      finishSvg(svg, { labelledBy: ids.title, describedBy: ids.description, layout });
      current.replaceWith(svg);
    }

    const summary = this.querySelector('[data-summary]');
    if (summary) summary.textContent = modelSummary(this.#data, assumptions, context);
    // The frame's words follow the settings, so they never describe another state than the one drawn.
    const takeaway = document.getElementById(ids.takeaway);
    if (takeaway) takeaway.textContent = modelTakeaway(this.#data, assumptions, context);
    const description = document.getElementById(ids.description);
    if (description) description.textContent = modelDescription(this.#data, assumptions, context);

    if (announce !== 'never') this.#announce(announce);
    this.#writeAddress(assumptions);
  }

  #announce(when: 'now' | 'later') {
    clearTimeout(this.#announceTimer);
    const announceNow = () => {
      const announcer = this.querySelector('[data-announce]');
      const words = modelAnnouncement(this.#data, this.#announced, this.#assumptions, context);
      this.#announced = this.#assumptions;
      // The same words twice in a row would not be read again: clear first.
      if (announcer) announcer.textContent = '';
      if (announcer && words) requestAnimationFrame(() => (announcer.textContent = words));
    };
    if (when === 'later') this.#announceTimer = setTimeout(announceNow, announceDelay);
    else announceNow();
  }

  #writeAddress(assumptions: Assumptions) {
    // Only the model's own parameters change: anything else in the query (a campaign tag) stays.
    const params = new URLSearchParams(location.search);
    for (const control of controls) params.delete(control.param);
    if (!isDefault(assumptions, this.#data.defaults)) for (const [key, value] of paramsFromAssumptions(assumptions)) params.set(key, value);
    const search = params.toString();
    const query = search ? `?${search}` : '';
    const hash = location.hash.startsWith('#model?') ? '' : location.hash;
    try {
      history.replaceState(history.state, '', `${location.pathname}${query}${hash}`);
    } catch {
      // A browser that refuses to rewrite a file:// address's query: keep the settings in the hash.
      try {
        history.replaceState(history.state, '', query ? `#model${query}` : location.pathname);
      } catch {
        // The address cannot change here at all; the model still works.
      }
    }
    this.#updateShareLink();
  }

  #updateShareLink() {
    // Settings that are not the defaults are marked as changed (Body.astro shows the mark).
    this.toggleAttribute('data-changed', !isDefault(this.#assumptions, this.#data.defaults));
    const share = this.querySelector<HTMLAnchorElement>('[data-share]');
    if (!share) return;
    // In an embed (embed.ts sets data-share-base) the link leads to the story with these settings,
    // not to the embed and whatever its parent added to its address.
    const base = this.dataset['shareBase'];
    if (!base) return void (share.href = location.href);
    const url = new URL(base);
    if (!isDefault(this.#assumptions, this.#data.defaults)) for (const [key, value] of paramsFromAssumptions(this.#assumptions)) url.searchParams.set(key, value);
    share.href = url.href;
    // It now leaves the embed, as its other links do (embed-kit.ts asGuestLinks): in a new tab.
    share.target = '_blank';
    share.rel = 'noopener';
  }
}

if (!customElements.get('risk-model')) customElements.define('risk-model', RiskModelElement);
