/**
 * Whether the page's own address is one other sites cannot load, so an embed code made from it
 * would not work elsewhere: a file on this computer (`file`), or a server on this computer or a
 * private network (`local`: localhost, loopback, private and link-local IPv4 and IPv6 ranges,
 * `.local` and `.localhost` names). Pure: it reads only the URL it is given.
 */
export type LocalAddress = 'file' | 'local' | null;

export function localAddress(url: URL): LocalAddress {
  if (url.protocol === 'file:') return 'file';
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === '' || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return 'local';
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (ipv4) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
    const isPrivate = a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
    return isPrivate ? 'local' : null;
  }
  if (host.includes(':')) {
    // Loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10), and IPv4-mapped private addresses.
    if (host === '::1' || host === '::') return 'local';
    if (/^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)) return 'local';
    // URL writes an IPv4-mapped address in hex (::ffff:c0a8:1 for 192.168.0.1).
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
    if (mapped) {
      const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
      return localAddress(new URL(`http://${high >> 8}.${high & 255}.${low >> 8}.${low & 255}/`));
    }
  }
  return null;
}
