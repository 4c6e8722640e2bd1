/**
 * <risk-model>: makes the build-time drawing of the risk model explorable. It reveals the
 * sliders, starts from any settings in the address (malformed ones fall back to the defaults),
 * and on every change redraws both drawings with the same pure chart function the build used,
 * updates the sentence in the live region, and writes the settings to the address so a reader
 * can share the view.
 */
import { frameSourceId } from '../charts/frame';
import { layoutWidths } from '../charts/layouts';
import { riskModelChart } from '../charts/risk-model/chart';
import type { RiskModelData } from '../charts/risk-model/data';
import {
  assumptionsFromParams,
  controls,
  isDefault,
  paramsFromAssumptions,
  paramsFromLocation,
  type Assumptions,
} from '../charts/risk-model/model';
import { modelSummary } from '../charts/risk-model/summary';

/** Screen readers hear the sentence once a slider settles, not at every step of a drag. */
const announceDelay = 500;

class RiskModelElement extends HTMLElement {
  #data!: RiskModelData;
  #assumptions!: Assumptions;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const raw = this.getAttribute('data-model');
    if (!raw) return;
    this.#data = JSON.parse(raw) as RiskModelData;
    this.#assumptions = assumptionsFromParams(paramsFromLocation(window.location), this.#data.defaults);

    const panel = this.querySelector<HTMLElement>('.model-controls');
    if (panel) panel.hidden = false;
    for (const input of this.#inputs()) {
      input.addEventListener('input', () => {
        const control = controls.find(({ param }) => param === input.dataset['param']);
        if (!control) return;
        this.#assumptions = { ...this.#assumptions, [control.key]: Number(input.value) };
        this.#render({ announce: 'later' });
      });
    }
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      this.#assumptions = { ...this.#data.defaults };
      this.#render({ announce: 'now' });
    });
    // The build drew the defaults: redraw on load only for settings from the address.
    if (!isDefault(this.#assumptions, this.#data.defaults)) this.#render({ announce: 'never' });
    else this.#updateShareLink();
  }

  #inputs(): HTMLInputElement[] {
    return Array.from(this.querySelectorAll<HTMLInputElement>('input[data-param]'));
  }

  #render({ announce }: { announce: 'now' | 'later' | 'never' }) {
    const assumptions = this.#assumptions;
    for (const input of this.#inputs()) {
      const control = controls.find(({ param }) => param === input.dataset['param']);
      if (!control) continue;
      const value = assumptions[control.key];
      if (input.value !== String(value)) input.value = String(value);
      const text = control.unitText(value);
      input.setAttribute('aria-valuetext', text);
      const output = this.querySelector(`output[data-output="${control.param}"]`);
      if (output) output.textContent = text;
    }

    const slug = this.getAttribute('data-slug') ?? 'risk-model';
    for (const [layout, width] of Object.entries(layoutWidths)) {
      const current = this.querySelector(`svg[data-layout="${layout}"]`);
      if (!current) continue;
      const svg = riskModelChart(this.#data, {
        assumptions,
        width,
        document,
        labelledBy: `${slug}-title`,
        describedBy: `${slug}-description`,
        sourceElementId: (entryId) => frameSourceId(slug, entryId),
      });
      svg.setAttribute('data-layout', layout);
      current.replaceWith(svg);
    }

    const sentence = modelSummary(this.#data, assumptions);
    const summary = this.querySelector('[data-summary]');
    if (summary) summary.textContent = sentence;
    const announcer = this.querySelector('[data-announce]');
    clearTimeout(this.#announceTimer);
    const announceNow = () => {
      if (announcer) announcer.textContent = sentence;
    };
    if (announce === 'later') this.#announceTimer = setTimeout(announceNow, announceDelay);
    else if (announce === 'now') announceNow();

    this.#writeAddress(assumptions);
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
    const share = this.querySelector<HTMLAnchorElement>('[data-share]');
    if (share) share.href = location.href;
  }
}

if (!customElements.get('risk-model')) customElements.define('risk-model', RiskModelElement);
