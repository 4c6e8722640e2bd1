import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, portabilityProblems, withContentSecurityPolicy } from './portable-build';

/** The CSP source expression for an inline script or style, computed independently. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A minimal page; `head` and `body` are inserted as given. */
const page = ({ head = '', body = '' } = {}) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test</title>${head}</head><body>${body}</body></html>`;

/** The policy as a map from directive name to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(/;\s*/).map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('contentSecurityPolicy(html)', () => {
  it('allows each distinct inline script by its sha256 hash, once', () => {
    const first = 'document.documentElement.classList.add("js");';
    const second = '\n  console.log("frame");\n';
    const html = page({ head: `<script>${first}</script>`, body: `<script>${second}</script><script>${first}</script>` });
    expect(directives(contentSecurityPolicy(html)).get('script-src')).toEqual([hashOf(first), hashOf(second)]);
  });

  it('allows each distinct inline style by its sha256 hash, once', () => {
    const first = 'body{margin:0}';
    const second = '.chart { color: red; }';
    const html = page({ head: `<style>${first}</style><style>${second}</style>`, body: `<style>${first}</style>` });
    expect(directives(contentSecurityPolicy(html)).get('style-src')).toEqual([hashOf(first), hashOf(second)]);
  });

  it('hashes a script with attributes by its content alone', () => {
    const code = '{"@type":"Article"}';
    const html = page({ head: `<script type="application/ld+json">${code}</script>` });
    expect(directives(contentSecurityPolicy(html)).get('script-src')).toEqual([hashOf(code)]);
  });

  it("lets the page's own script add a chart's script file ('strict-dynamic') only where a marker asks for one, and never hashes the marker", () => {
    const code = 'document.body.append(document.createElement("script"));';
    const marker = '<script type="text/plain" data-deferred-script="risk-model" data-src="../scripts/risk-model.js" data-eager-params="caught"></script>';
    expect(directives(contentSecurityPolicy(page({ body: `${marker}<script>${code}</script>` }))).get('script-src')).toEqual([hashOf(code), "'strict-dynamic'"]);
    expect(directives(contentSecurityPolicy(page({ body: `<script>${code}</script>` }))).get('script-src')).toEqual([hashOf(code)]);
    // A marker with no script of the page's own to act on it allows nothing.
    expect(directives(contentSecurityPolicy(page({ body: marker }))).get('script-src')).toEqual(["'none'"]);
  });

  it("allows 'none' for scripts and styles when the page has none", () => {
    const policy = directives(contentSecurityPolicy(page({ body: '<p>Text only.</p>' })));
    expect(policy.get('script-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'none'"]);
  });

  it('does not hash an external script (one with src=)', () => {
    const html = page({ head: '<script src="app.js"></script>' });
    expect(directives(contentSecurityPolicy(html)).get('script-src')).toEqual(["'none'"]);
  });

  it("starts from default-src 'none' and allows nothing from any other origin", () => {
    const policy = contentSecurityPolicy(page({ head: '<script>1</script><style>p{}</style>' }));
    const parsed = directives(policy);
    expect(policy.startsWith("default-src 'none'")).toBe(true);
    expect(parsed.get('img-src')).toEqual(['data:']);
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('form-action')).toEqual(["'none'"]);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/https?:|\*/);
  });
});

describe('portabilityProblems(html)', () => {
  /** Asserts one problem, mentioning `what`. */
  const expectFlagged = (body: string, what: RegExp) => {
    const problems = portabilityProblems(page({ body }));
    expect(problems, `no problem matches ${what} in ${JSON.stringify(problems)}`).toContainEqual(expect.stringMatching(what));
  };

  it('flags a root-absolute href, src or form action', () => {
    expectFlagged('<a href="/stories/crackdown.html">Story</a>', /href="\/stories\/crackdown\.html" is root-absolute/);
    expectFlagged('<img src="/logo.png" alt="">', /src="\/logo\.png" is root-absolute/);
    expectFlagged('<script type="text/plain" data-deferred-script="x" data-src="/scripts/x.js"></script>', /data-src="\/scripts\/x\.js" is root-absolute/);
    expectFlagged('<form action="/search"></form>', /action="\/search" is root-absolute/);
  });

  it('flags a protocol-relative URL, even on a link', () => {
    expectFlagged('<img src="//cdn.example.org/a.png" alt="">', /src="\/\/cdn\.example\.org\/a\.png" is protocol-relative/);
    expectFlagged('<a href="//example.org/">Elsewhere</a>', /is protocol-relative/);
  });

  it('flags an http or https src, which loads from another origin', () => {
    expectFlagged('<img src="https://cdn.example.org/a.png" alt="">', /src="https:\/\/cdn\.example\.org\/a\.png" loads from another origin/);
    expectFlagged('<video poster="http://cdn.example.org/a.jpg"></video>', /poster=".*" loads from another origin/);
  });

  it('flags an https href on anything but a link the reader follows', () => {
    expectFlagged('<link rel="icon" href="https://cdn.example.org/icon.png">', /href=".*" loads from another origin/);
    expectFlagged('<svg><use href="https://cdn.example.org/sprite.svg#a"></use></svg>', /loads from another origin/);
  });

  it('accepts a canonical address and an oEmbed discovery link, which name addresses and load nothing', () => {
    const head = '<link rel="canonical" href="https://example.org/g/stories/a.html"><link rel="alternate" type="application/json+oembed" href="https://example.org/g/oembed/a.json">';
    expect(portabilityProblems(page({ body: head }))).toEqual([]);
    expectFlagged('<link rel="stylesheet" href="https://cdn.example.org/a.css">', /loads from another origin/);
  });

  it('flags a module script', () => {
    expectFlagged('<script type="module">import "./a.js";</script>', /is a module script/);
  });

  it('flags an external script, even a relative one', () => {
    expectFlagged('<script src="app.js"></script>', /loads an external script/);
  });

  it('flags a stylesheet link, even a relative one, and other resource hints', () => {
    expectFlagged('<link rel="stylesheet" href="style.css">', /<link rel="stylesheet" href="style\.css"> loads a resource/);
    expectFlagged('<link rel="preconnect" href="https://fonts.example.org">', /loads a resource/);
  });

  it('flags a CSS url() that points at another origin', () => {
    expectFlagged('<style>@font-face{src:url(//fonts.example.org/a.woff2)}</style>', /CSS url\(\) points at another origin/);
    expectFlagged(`<style>body{background:url('https://cdn.example.org/a.png')}</style>`, /CSS url\(\) points at another origin/);
  });

  it('flags a root-absolute CSS url()', () => {
    expectFlagged('<style>body{background:url(/img/a.png)}</style>', /CSS url\(\) is root-absolute/);
  });

  it('does not flag relative links, #anchors or data: URIs', () => {
    const body = [
      '<a href="./index.html">Home</a>',
      '<a href="../stories/crackdown.html">Story</a>',
      '<a href="data/price-tiers.csv" download="price-tiers.csv">CSV</a>',
      '<a href="#main">Skip</a>',
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">',
      `<style>.a{background:url(data:image/svg+xml,%3Csvg%3E%3C/svg%3E)}</style>`,
    ].join('');
    const head = `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E" type="image/svg+xml">`;
    expect(portabilityProblems(page({ head, body }))).toEqual([]);
  });

  it('does not flag an https:// link the reader follows (plain navigation)', () => {
    const body =
      '<a href="https://www.dailynk.com/english/north-koreans-earn-money-chinese-cell-phone-rentals/">Daily NK</a>' +
      '<map name="m"><area href="https://www.dailynk.com/english/" alt="Daily NK"></map>';
    expect(portabilityProblems(page({ body }))).toEqual([]);
  });

  it('does not flag inline scripts, inline styles or inline SVG namespaces', () => {
    const body =
      '<script>document.documentElement.dataset.js = "yes";</script><style>p{color:red}</style>' +
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
    expect(portabilityProblems(page({ body }))).toEqual([]);
  });

  it('flags a style attribute and an inline event handler, which the CSP would block', () => {
    expectFlagged('<p style="color:red">Hi</p>', /has a style attribute, which the CSP blocks/);
    expectFlagged('<button onclick="go()">Go</button>', /has an inline onclick handler, which the CSP blocks/);
  });

  it('reads single-quoted and unquoted attributes too', () => {
    expectFlagged("<img src='/logo.png' alt=''>", /src="\/logo\.png" is root-absolute/);
    expectFlagged('<img src=//cdn.example.org/a.png alt="">', /is protocol-relative/);
    expectFlagged("<script type='module'>1</script>", /is a module script/);
  });

  it('ignores the code shown in a <textarea>, such as an embed code to copy', () => {
    const body =
      '<textarea readonly><iframe src="https://example.org/embed/a.html" style="border:0"></iframe>' +
      '<script src="/x.js"></script></textarea>';
    expect(portabilityProblems(page({ body }))).toEqual([]);
  });
});

describe('withContentSecurityPolicy(html)', () => {
  const html = page({ head: '<style>p{}</style>', body: '<script>1</script>' });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;

  it('puts the policy directly after <meta charset="utf-8">', () => {
    expect(withContentSecurityPolicy(html)).toContain(`<meta charset="utf-8">${meta}<title>`);
  });

  it('accepts a self-closing charset tag', () => {
    const selfClosing = html.replace('<meta charset="utf-8">', '<meta charset="utf-8" />');
    expect(withContentSecurityPolicy(selfClosing)).toContain(`<meta charset="utf-8" />${meta}`);
  });

  it('changes nothing else in the page', () => {
    expect(withContentSecurityPolicy(html).replace(meta, '')).toBe(html);
  });

  it('throws when the page has no charset to put the policy after', () => {
    expect(() => withContentSecurityPolicy(html.replace('<meta charset="utf-8">', ''))).toThrow(/no <meta charset="utf-8">/);
  });
});
