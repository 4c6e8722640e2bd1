/**
 * <chart-frame>: what scripts add to a chart frame that already works without them.
 * - a tooltip on hover or keyboard focus of a mark: its value and the quote it comes from
 *   (dismissed with Escape, per WCAG 1.4.13);
 * - the currency choice mirrored to data-currency, for browsers without CSS :has();
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
      if ((event.target as Element).closest?.(markSelector)) this.#hide();
    });
    this.addEventListener('focusin', (event) => this.#show(event.target));
    this.addEventListener('focusout', () => this.#hide());
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#hide();
    });
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.matches('.currency-switch input')) this.dataset['currency'] = input.value;
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
    const children: Node[] = [headline];
    const figureId = mark.getAttribute('data-figure');
    const quote = figureId ? this.querySelector(`[data-quote-for="${CSS.escape(figureId)}"]`) : null;
    if (quote) {
      const quoted = document.createElement('q');
      quoted.textContent = quote.textContent;
      children.push(quoted, document.createTextNode('Daily NK'));
    }
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
    textarea.value = textarea.value.replace(/src="([^"]+)"/, (_, src: string) => `src="${new URL(src, location.href).href}"`);
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
