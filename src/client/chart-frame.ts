/**
 * <chart-frame>: what scripts add to a chart frame that already works without them.
 * - one Tab stop per drawing (a roving tabindex), and the arrow keys inside it: ← → step through
 *   every mark, group after group; ↑ ↓ jump between groups (rows, series, arrows, panels); Home and
 *   End; Escape leaves the chart, landing where the skip link does. A short hint shows meanwhile.
 *   Groups are the marks' `data-group`, else the element that drew them; `data-order="x"` on the
 *   frame orders each group along the x axis (a time axis);
 * - a tooltip on hover, tap or keyboard focus of a mark: its value, and the quote and report,
 *   citation or derivation the frame wrote for it in a <template data-tooltip-for>. Per WCAG
 *   1.4.13 the pointer can cross onto it, it stays until the pointer leaves both, focus moves on
 *   or Escape dismisses it, and it is kept inside the window;
 * - Enter on a mark gives the same tooltip to screen readers: focused, read as the source;
 *   Escape or Enter there returns to the mark;
 * - the switch's new state said once, in the chart's own words, in the frame's one polite live region
 *   ("Prices now in US dollars": the option's `data-announce`, from the chart's messages);
 * - the embed code made absolute for wherever the page is being read, and a copy button.
 */
import { localAddress } from './local-address';

const markSelector = '.chart-mark';
/** Time for the pointer to cross from a mark onto its tooltip before it hides. */
const hideDelay = 300;
/** Room kept between the tooltip, its mark and the window's edges, in CSS px. */
const gap = 8;

const centreX = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.left + box.width / 2;
};

class ChartFrameElement extends HTMLElement {
  #tooltip: HTMLElement | null = null;
  #hint: HTMLElement | null = null;
  #active: Element | null = null;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** The window's width when the open tooltip was placed. */
  #shownAtWidth = 0;

  connectedCallback() {
    this.#tooltip = this.querySelector('.chart-tooltip');
    this.#hint = this.querySelector('.chart-hint');
    this.#rove();
    // A chart that redraws its marks (the risk model) gets one Tab stop in each new drawing.
    const graphic = this.querySelector('.chart-graphic');
    if (graphic) new MutationObserver(() => this.#rove()).observe(graphic, { childList: true, subtree: true });

    this.addEventListener('pointerover', (event) => {
      const target = event.target as Element;
      if (target.closest(markSelector) || this.#tooltip?.contains(target)) clearTimeout(this.#hideTimer);
      this.#show(target);
    });
    this.addEventListener('pointerout', (event) => {
      const from = event.target as Element;
      if (event.pointerType === 'touch' || !from.closest?.(`${markSelector}, .chart-tooltip`)) return;
      clearTimeout(this.#hideTimer);
      this.#hideTimer = setTimeout(() => {
        // A mark or tooltip with focus keeps it: it belongs to the keyboard (or a tap) now.
        if (!this.#tooltip?.contains(document.activeElement) && document.activeElement !== this.#active) this.#hide();
      }, hideDelay);
    });
    this.addEventListener('focusin', (event) => {
      const mark = (event.target as Element).closest(markSelector);
      if (!mark) return;
      const from = event.relatedTarget as Element | null;
      // Arriving from outside the drawing: the hint is read with the mark, once.
      if (!from?.closest?.(`${markSelector}, .chart-tooltip`) && this.#hint) mark.setAttribute('aria-describedby', this.#hint.id);
      for (const other of this.#marksBeside(mark)) other.setAttribute('tabindex', other === mark ? '0' : '-1');
      if (this.#hint) this.#hint.hidden = false;
      this.#show(mark);
    });
    this.addEventListener('focusout', (event) => {
      (event.target as Element).removeAttribute?.('aria-describedby');
      const next = event.relatedTarget as Element | null;
      if (next && this.contains(next) && next.closest(`${markSelector}, .chart-tooltip`)) return;
      if (this.#hint) this.#hint.hidden = true;
      this.#hide();
    });
    this.addEventListener('keydown', (event) => this.#key(event));
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const status = this.querySelector('[data-switch-status]');
      if (status && input.checked && input.dataset['announce']) status.textContent = input.dataset['announce'];
    });
    // On the document: a hovered mark has no focus, so Escape would not reach the frame; a tap
    // elsewhere closes a tooltip opened by a tap. Focus anywhere but on a mark or in the tooltip
    // (whose keys #key handles) leaves Escape to dismiss a hovered tooltip: on the body, on a
    // switch, or where Escape left it at the chart's end.
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !document.activeElement?.closest?.(`${markSelector}, .chart-tooltip`)) this.#hide();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!this.#active || (event.target as Element).closest?.(`${markSelector}, .chart-tooltip`)) return;
      this.#hide();
    });
    // A window made narrower or wider may show another of the chart's drawings, and the tooltip
    // was placed for the old one (left open, it could reach past a narrowed page, which then
    // scrolls sideways): it goes. A phone's scrolling changes only the height, which keeps it.
    // The width is read when a tooltip opens, never here: reading innerWidth forces a layout, and
    // here it would force the whole page's while it is still loading, before its first paint.
    addEventListener('resize', () => {
      if (this.#active && innerWidth !== this.#shownAtWidth) this.#hide();
    });
    this.#enhanceEmbedCode();
  }

  /** One Tab stop per drawing: its first mark, until another is focused. */
  #rove() {
    for (const svg of Array.from(this.querySelectorAll('svg.chart-svg:not([data-roving])'))) {
      svg.setAttribute('data-roving', '');
      svg.querySelectorAll(markSelector).forEach((mark, index) => mark.setAttribute('tabindex', index === 0 ? '0' : '-1'));
    }
  }

  #marksBeside(mark: Element): Element[] {
    return Array.from(mark.closest('svg')?.querySelectorAll(markSelector) ?? []);
  }

  /** The drawing's marks in groups, each in reading order. */
  #groups(mark: Element): Element[][] {
    const groups = new Map<unknown, Element[]>();
    for (const each of this.#marksBeside(mark)) {
      const key = each.getAttribute('data-group') ?? each.parentNode;
      groups.set(key, [...(groups.get(key) ?? []), each]);
    }
    // One group only (a column of bars drawn by one mark): each mark is a row of its own.
    const list = groups.size === 1 ? [...groups.values()][0]!.map((each) => [each]) : [...groups.values()];
    if (this.dataset['order'] === 'x') for (const group of list) group.sort((a, b) => centreX(a) - centreX(b));
    return list;
  }

  #key(event: KeyboardEvent) {
    const target = event.target as Element;
    if (this.#tooltip?.contains(target)) {
      // Enter on a link in the source follows it.
      if (event.key !== 'Escape' && (event.key !== 'Enter' || target.closest('a'))) return;
      event.preventDefault();
      this.#tooltip.setAttribute('aria-hidden', 'true');
      (this.#active as HTMLElement | null)?.focus();
      return;
    }
    const mark = target.closest(markSelector);
    if (!mark) return;
    const groups = this.#groups(mark);
    const marks = groups.flat();
    const index = marks.indexOf(mark);
    const groupIndex = groups.findIndex((group) => group.includes(mark));
    // Into the next group: at the same place along the x axis, or the same place in the group.
    const nearest = (group: Element[] | undefined) => {
      if (!group) return undefined;
      if (this.dataset['order'] !== 'x') return group[Math.min(groups[groupIndex]!.indexOf(mark), group.length - 1)];
      const x = centreX(mark);
      return group.reduce((best, each) => (Math.abs(centreX(each) - x) < Math.abs(centreX(best) - x) ? each : best));
    };
    const moves: Record<string, () => Element | undefined> = {
      ArrowRight: () => marks[index + 1],
      ArrowLeft: () => marks[index - 1],
      ArrowDown: () => nearest(groups[groupIndex + 1]),
      ArrowUp: () => nearest(groups[groupIndex - 1]),
      Home: () => marks[0],
      End: () => marks.at(-1),
    };
    if (event.key in moves) {
      event.preventDefault();
      (moves[event.key]!() as HTMLElement | SVGElement | undefined)?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.#openSource(mark);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#hide();
      document.getElementById(this.dataset['end'] ?? '')?.focus();
    }
  }

  /** The tooltip as the mark's source, for everyone: read by screen readers, focused. */
  #openSource(mark: Element) {
    const tooltip = this.#tooltip;
    if (!tooltip) return;
    this.#show(mark);
    tooltip.removeAttribute('aria-hidden');
    for (const link of Array.from(tooltip.querySelectorAll('a'))) link.removeAttribute('tabindex');
    tooltip.setAttribute('aria-describedby', `${this.dataset['slug']}-source-shown`);
    tooltip.focus();
  }

  #show(target: EventTarget | null) {
    const mark = (target as Element | null)?.closest?.(markSelector);
    const tooltip = this.#tooltip;
    if (!mark || !tooltip || mark === this.#active) return;
    this.#active?.classList.remove('is-active');
    this.#active = mark;
    mark.classList.add('is-active');
    tooltip.setAttribute('aria-hidden', 'true');
    tooltip.removeAttribute('aria-describedby');

    // The mark's name, shown, not read again: a screen reader has just said it.
    const headline = document.createElement('strong');
    headline.setAttribute('aria-hidden', 'true');
    headline.textContent = mark.getAttribute('aria-label');
    // The quote, citation or derivation behind the mark, as the frame wrote it for this tooltip.
    const body = document.createElement('div');
    body.id = `${this.dataset['slug']}-source-shown`;
    // A template for the mark's own figure comes first (the risk model's point: the model and its
    // assumptions), then the one for its source entry.
    const figureId = mark.getAttribute('data-figure');
    const sourceId = mark.getAttribute('data-source');
    const template =
      (figureId ? this.querySelector<HTMLTemplateElement>(`template[data-tooltip-figure="${CSS.escape(figureId)}"]`) : null) ??
      (sourceId ? this.querySelector<HTMLTemplateElement>(`template[data-tooltip-for="${CSS.escape(sourceId)}"]`) : null);
    if (template) body.append(template.content.cloneNode(true));
    // Its links are for the pointer, and for the keyboard once Enter opens it as the source:
    // never a Tab stop inside something hidden from screen readers.
    for (const link of Array.from(body.querySelectorAll('a'))) link.setAttribute('tabindex', '-1');
    tooltip.replaceChildren(headline, body);
    tooltip.hidden = false;

    // Above the mark, centred; below it when the window has no room above; always inside the
    // window (and the frame, which clips what leaves it), even at 320 × 256 CSS px.
    const area = tooltip.parentElement!.getBoundingClientRect();
    const frame = this.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = tooltip;
    const low = Math.max(gap, frame.left);
    const high = Math.min(document.documentElement.clientWidth - gap, frame.right);
    const left = Math.max(low, Math.min(box.left + box.width / 2 - width / 2, high - width));
    let top = box.top - gap - height;
    if (top < gap) top = box.bottom + gap + height <= innerHeight - gap ? box.bottom + gap : Math.max(gap, innerHeight - gap - height);
    tooltip.style.left = `${left - area.left}px`;
    tooltip.style.top = `${top - area.top}px`;
    this.#shownAtWidth = innerWidth;
  }

  #hide() {
    clearTimeout(this.#hideTimer);
    this.#active?.classList.remove('is-active');
    this.#active = null;
    if (this.#tooltip) {
      this.#tooltip.hidden = true;
      this.#tooltip.setAttribute('aria-hidden', 'true');
    }
  }

  #enhanceEmbedCode() {
    const textarea = this.querySelector<HTMLTextAreaElement>('textarea[data-embed-route]');
    const button = this.querySelector<HTMLButtonElement>('.copy-button');
    const status = this.querySelector('.copy-status');
    if (!textarea || !button) return;
    // Every address in the snippet (the embed, its link, image and loader), made absolute.
    textarea.value = textarea.value.replace(/(src|href|data-chart-embed)="([^"]+)"/g, (_, name: string, url: string) => `${name}="${new URL(url.replace(/&amp;/g, '&'), location.href).href.replace(/&/g, '&amp;')}"`);
    // A local copy (a file, or a server on this computer or a private network) can only offer an
    // address no other site can load: say so, and which.
    const address = localAddress(new URL(location.href));
    const warning = address && this.querySelector<HTMLElement>(`.embed-warning[data-address="${address}"]`);
    if (warning) warning.hidden = false;
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
