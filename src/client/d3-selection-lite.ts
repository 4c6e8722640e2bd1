/**
 * The part of d3-selection that the charts redrawn in the browser use, for their browser bundles
 * only (src/lib/client-script.ts aliases `d3-selection` to this file). d3-selection puts every
 * method on one prototype, so a bundler cannot drop the ones a chart never calls: it came to
 * 12.5 KB of the risk model's 38 KB script, and pushed its embed page over its 30 KB budget.
 *
 * The build draws with the real d3-selection; d3-selection-lite.test.ts draws the risk model with
 * both and requires the same SVG, so a chart that starts using a method this lacks fails there
 * (and here, a call to anything else is a TypeError, never a silently different drawing).
 *
 * Single-element selections only, which is all `select(node)` and `append` ever make here:
 * `creator`, `select`, and on a selection `attr`, `append`, `text`, `each`, `call`, `node`,
 * `remove`, with d3's rules for namespaces (`svg`, `xlink:href`, `xmlns`) and values (a
 * function is called with the datum, index and group; null removes the attribute).
 */

const xhtml = 'http://www.w3.org/1999/xhtml';
/** d3-selection's namespaces, by prefix. */
const namespaces: Record<string, string> = {
  svg: 'http://www.w3.org/2000/svg',
  xhtml,
  xlink: 'http://www.w3.org/1999/xlink',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

/** d3's `namespace(name)`: a known prefix ("svg", "xlink:href") gives a space and a local name. */
function namespace(name: string): string | { space: string; local: string } {
  let prefix = name;
  const colon = name.indexOf(':');
  if (colon >= 0 && (prefix = name.slice(0, colon)) !== 'xmlns') name = name.slice(colon + 1);
  return Object.hasOwn(namespaces, prefix) ? { space: namespaces[prefix]!, local: name } : name;
}

/** d3's `creator(name)`: called on a parent node, makes the element in the right namespace. */
export function creator(name: string): (this: Node) => Element {
  const fullname = namespace(name);
  return function (this: Node) {
    const document = this.ownerDocument ?? (this as Document);
    if (typeof fullname !== 'string') return document.createElementNS(fullname.space, fullname.local);
    const uri = (this as Element).namespaceURI;
    return uri === xhtml && document.documentElement.namespaceURI === xhtml ? document.createElement(fullname) : document.createElementNS(uri, fullname);
  };
}

type Value = string | number | boolean | null | undefined;

class Selection {
  readonly #element: Element;
  constructor(element: Element) {
    this.#element = element;
  }

  attr(name: string, value: Value | ((this: Element, datum: unknown, index: number, group: Element[]) => Value)): this {
    const element = this.#element;
    const resolved = typeof value === 'function' ? value.call(element, undefined, 0, [element]) : value;
    const fullname = namespace(name);
    if (resolved == null) {
      if (typeof fullname === 'string') element.removeAttribute(fullname);
      else element.removeAttributeNS(fullname.space, fullname.local);
    } else if (typeof fullname === 'string') element.setAttribute(fullname, String(resolved));
    else element.setAttributeNS(fullname.space, fullname.local, String(resolved));
    return this;
  }

  append(name: string): Selection {
    return new Selection(this.#element.appendChild(creator(name).call(this.#element)));
  }

  text(value: Value): this {
    this.#element.textContent = value == null ? '' : String(value);
    return this;
  }

  each(callback: (this: Element, datum: unknown, index: number, group: Element[]) => void): this {
    callback.call(this.#element, undefined, 0, [this.#element]);
    return this;
  }

  call<A extends unknown[]>(callback: (selection: this, ...rest: A) => void, ...rest: A): this {
    callback(this, ...rest);
    return this;
  }

  node(): Element {
    return this.#element;
  }

  remove(): this {
    this.#element.remove();
    return this;
  }
}

export type { Selection };

/** d3's `select(node)` for a node (selector strings are not supported). */
export function select(node: Element): Selection {
  if (typeof node === 'string') throw new TypeError('d3-selection-lite: select takes a node, not a selector');
  return new Selection(node);
}
