import { describe, expect, it } from 'vitest';
import { localAddress } from './local-address';

const of = (address: string) => localAddress(new URL(address));

describe('localAddress(url)', () => {
  it('calls a file a file', () => {
    expect(of('file:///home/me/dist/stories/rentals.html')).toBe('file');
  });

  it('calls this computer and private networks local, by name or address', () => {
    for (const address of [
      'http://localhost:4321/',
      'http://app.localhost/',
      'http://printer.local/',
      'http://127.0.0.1:4322/stories/rentals.html',
      'http://127.8.9.10/',
      'http://0.0.0.0:8080/',
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://172.31.255.255/',
      'http://192.168.1.20/news/',
      'http://169.254.10.10/',
      'http://100.64.0.1/',
      'http://[::1]:4321/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://[::ffff:192.168.0.1]/',
    ]) {
      expect(of(address), address).toBe('local');
    }
  });

  it('leaves public addresses alone, including ones that only look close to private ranges', () => {
    for (const address of [
      'https://example.org/graphics/explainer/stories/rentals.html',
      'https://localhost.example.com/',
      'https://local.example.com/',
      'http://172.15.0.1/',
      'http://172.32.0.1/',
      'http://192.169.0.1/',
      'http://11.0.0.1/',
      'http://100.128.0.1/',
      'http://[2001:db8::1]/',
      'http://[::ffff:8.8.8.8]/',
    ]) {
      expect(of(address), address).toBeNull();
    }
  });
});
