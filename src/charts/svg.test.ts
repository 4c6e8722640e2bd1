import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { roundGeometry, roundNumber } from './svg';

describe('roundNumber', () => {
  it('writes at most two decimals, without trailing zeros or a negative zero', () => {
    expect(roundNumber('193.06981519507187')).toBe('193.07');
    expect(roundNumber('596.8799999999999')).toBe('596.88');
    expect(roundNumber('-12.3049')).toBe('-12.3');
    expect(roundNumber('-0.0012')).toBe('0');
    expect(roundNumber('1.2345e-7')).toBe('0');
  });
});

describe('roundGeometry', () => {
  it('rounds the numbers of geometry attributes, and leaves text and other attributes alone', () => {
    const { document } = parseHTML(
      '<svg viewBox="0 0 640 432.9400001" height="432.9400001"><path d="M188.06981519507187,66L198.5,66.123456Z" data-value="1.23456"/>' +
        '<text x="3.14159" y="14.719999999999999" transform="translate(0.5,10.33333)">2.71828 bn</text><rect width="77.19575633127994" x="4"/></svg>',
    );
    const svg = document.querySelector('svg')!;
    roundGeometry(svg);
    expect(svg.outerHTML).toBe(
      '<svg viewBox="0 0 640 432.94" height="432.94"><path d="M188.07,66L198.5,66.12Z" data-value="1.23456" />' +
        '<text x="3.14" y="14.72" transform="translate(0.5,10.33)">2.71828 bn</text><rect width="77.2" x="4" /></svg>',
    );
  });
});
