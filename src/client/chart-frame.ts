/**
 * <chart-frame>: what scripts add to a chart frame that already works without them.
 * - a tooltip on hover or keyboard focus of a mark: its value, and the quote, citation or
 *   derivation the frame wrote for it in a <template data-tooltip-for>. Per WCAG 1.4.13 it
 *   stays while the pointer is over the mark or the tooltip, and
 *   Escape dismisses it;
 * - the embed code made absolute for wherever the page is being read, and a copy button.
 */
const markSelector = '.chart-mark';

class ChartFrameElement extends HTMLElement {
  #tooltip: HTMLElement | null = null;
  #active: Element | null = null;

  connectedCallback() {
    this.#tooltip = this.querySelector('.chart-tooltip');
    this.addEventListener('pointerover', (event) => this.#show(event.target));
    this.addEventListener('pointerout', (event) => {
      // Moving between a mark and its tooltip keeps it open.
      const next = event.relatedTarget as Node | null;
      if (next && (this.#tooltip?.contains(next) || (this.#active && next === this.#active))) return;
      if ((event.target as Element).closest?.(`${markSelector}, .chart-tooltip`)) this.#hide();
    });
    this.addEventListener('focusin', (event) => this.#show(event.target));
    this.addEventListener('focusout', () => this.#hide());
    // On the document: a hovered mark has no focus, so Escape would not reach the frame.
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#hide();
    });
    this.#enhanceEmbedCode();
  }

  #show(target: EventTarget | null) {
    const mark = (target as Element | null)?.closest?.(markSelector);
    const tooltip = this.#tooltip;
    if (!mark || !tooltip || mark === this.#active) return;
    this.#active?.classList.remove('is-active');
    this.#active = mark;
    mark.classList.add('is-active');

    const headline = document.createElement('strong');
    headline.textContent = mark.getAttribute('aria-label');
    // The quote, citation or derivation behind the mark, as the frame wrote it for this tooltip.
    const sourceId = mark.getAttribute('aria-describedby');
    const template = sourceId ? this.querySelector<HTMLTemplateElement>(`template[data-tooltip-for="${CSS.escape(sourceId)}"]`) : null;
    const children: Node[] = [headline, ...(template ? [template.content.cloneNode(true)] : [])];
    tooltip.replaceChildren(...children);
    tooltip.hidden = false;

    // Above the mark, centred, kept inside the graphic; below it when there is no room above.
    const area = tooltip.parentElement!.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const left = Math.min(Math.max(box.left + box.width / 2 - area.left - width / 2, 0), area.width - width);
    const above = box.top - area.top - height - 8;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${above >= 0 ? above : box.bottom - area.top + 8}px`;
  }

  #hide() {
    this.#active?.classList.remove('is-active');
    this.#active = null;
    if (this.#tooltip) this.#tooltip.hidden = true;
  }

  #enhanceEmbedCode() {
    const textarea = this.querySelector<HTMLTextAreaElement>('textarea[data-embed-route]');
    const button = this.querySelector<HTMLButtonElement>('.copy-button');
    const status = this.querySelector('.copy-status');
    if (!textarea || !button) return;
    // Every address in the snippet (the embed, its link, image and loader), made absolute.
    textarea.value = textarea.value.replace(/(src|href|data-chart-embed)="([^"]+)"/g, (_, name: string, url: string) => `${name}="${new URL(url.replace(/&amp;/g, '&'), location.href).href.replace(/&/g, '&amp;')}"`);
    // A local copy can only offer a file:// address, which no other site can load: say so.
    const warning = this.querySelector<HTMLElement>('.embed-warning');
    if (warning && location.protocol === 'file:') warning.hidden = false;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(textarea.value);
        if (status) status.textContent = 'Copied';
      } catch {
        // No clipboard access (permission, insecure context): select it for a manual copy.
        textarea.focus();
        textarea.select();
        if (status) status.textContent = 'Selected: press Ctrl+C or ⌘C to copy';
      }
    });
  }
}

if (!customElements.get('chart-frame')) customElements.define('chart-frame', ChartFrameElement);
