import { describe, expect, it } from 'vitest';
import { swatchMarkup } from './swatch';

describe('swatchMarkup(style)', () => {
  it('draws a bar from the marks’ own style, its dashes at half their length so a small swatch still reads as dashed', () => {
    const markup = swatchMarkup({ shape: 'bar', fill: 'var(--color-rule)', stroke: 'var(--color-muted)', strokeWidth: 1.5, strokeDasharray: '4,3' });
    expect(markup).toContain('fill="var(--color-rule)"');
    expect(markup).toContain('stroke="var(--color-muted)"');
    expect(markup).toContain('stroke-width="1.5"');
    expect(markup).toContain('stroke-dasharray="2,1.5"');
  });

  it('leaves a solid bar solid, and a line’s dashes as the marks draw them', () => {
    expect(swatchMarkup({ shape: 'bar', fill: 'var(--color-ink)' })).not.toContain('stroke-dasharray');
    expect(swatchMarkup({ shape: 'line', stroke: 'var(--color-muted)', strokeWidth: 1.5, strokeDasharray: '1,3' })).toContain('stroke-dasharray="1,3"');
  });
});
