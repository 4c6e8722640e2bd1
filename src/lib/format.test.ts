import { describe, expect, it } from 'vitest';
import { contextFactSchema, figureSchema, type Figure } from '../data/schema';
import { capitalize, figureBounds, formatAmount, formatContextFact, formatFigure, formatMoney, formatNumber } from './format';
import type { ContextFact } from '../data/schema';

type FigureInput = Omit<Figure, 'amount'>;

const base: Omit<FigureInput, 'unit'> = {
  id: 'a-figure',
  measures: 'Something the report measures',
  approximate: false,
  source: 'report-a',
  quote: 'The words of the report that state it',
  dated: true,
  kind: 'reported',
};

/** A figure with a single value, parsed as the loader would (so it has its amount). */
const single = (value: number, details: Partial<FigureInput> & Pick<FigureInput, 'unit'>): Figure => figureSchema.parse({ ...base, value, ...details });

/** A figure given as a range. */
const range = (low: number, high: number, details: Partial<FigureInput> & Pick<FigureInput, 'unit'>): Figure =>
  figureSchema.parse({ ...base, low, high, ...details });

describe('capitalize(text)', () => {
  it('capitalises the first letter only, leaving the rest as written', () => {
    expect(capitalize('the first report')).toBe('The first report');
    expect(capitalize('near-total block on calls to Chinese networks')).toBe('Near-total block on calls to Chinese networks');
    expect(capitalize('the US$28')).toBe('The US$28');
  });

  it('leaves text that cannot be capitalised as it is', () => {
    expect(capitalize('')).toBe('');
    expect(capitalize('“quoted”')).toBe('“quoted”');
    expect(capitalize('Already')).toBe('Already');
  });
});

describe('formatNumber(value)', () => {
  it('writes whole numbers with thousands separators', () => {
    expect(formatNumber(50)).toBe('50');
    expect(formatNumber(35000)).toBe('35,000');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('rounds fractions to three significant digits and drops trailing zeros', () => {
    expect(formatNumber(18.200000000000003)).toBe('18.2');
    expect(formatNumber(0.14)).toBe('0.14');
    expect(formatNumber(7.142857)).toBe('7.14');
    expect(formatNumber(2.5)).toBe('2.5');
  });
});

describe('formatAmount(low, high)', () => {
  it('writes a single value when high is omitted or equal to low', () => {
    expect(formatAmount(50)).toBe('50');
    expect(formatAmount(200, 200)).toBe('200');
  });

  it('joins a range with an en dash, not a hyphen', () => {
    expect(formatAmount(130, 150)).toBe('130\u2013150');
    expect(formatAmount(7000, 28000)).toBe('7,000\u201328,000');
  });
});

describe('formatMoney(low, high, currency, options)', () => {
  it('writes yuan after the number', () => {
    expect(formatMoney(200, 200, 'CNY')).toBe('200 yuan');
    expect(formatMoney(130, 150, 'CNY')).toBe('130–150 yuan');
  });

  it('writes the long currency name when asked', () => {
    expect(formatMoney(200, 200, 'CNY', { long: true })).toBe('200 Chinese yuan');
    expect(formatMoney(35000, 35000, 'KRW', { long: true })).toBe('35,000 South Korean won');
  });

  it('writes won after the number, with separators', () => {
    expect(formatMoney(35000, 35000, 'KRW')).toBe('35,000 won');
  });

  it('writes US dollars with a US$ prefix, before a range too', () => {
    expect(formatMoney(7, 7, 'USD')).toBe('US$7');
    expect(formatMoney(7, 28, 'USD')).toBe('US$7–28');
  });
});

describe('figureBounds(figure)', () => {
  it('gives a single value as both ends, and a range as its low and high', () => {
    expect(figureBounds(single(200, { unit: 'money', currency: 'CNY' }))).toEqual([200, 200]);
    expect(figureBounds(range(130, 150, { unit: 'money', currency: 'CNY' }))).toEqual([130, 150]);
  });
});

describe('formatFigure(figure)', () => {
  describe('for money', () => {
    it('writes a single price', () => {
      expect(formatFigure(single(200, { unit: 'money', currency: 'CNY' }))).toBe('200 yuan');
    });

    it('keeps a range a range', () => {
      expect(formatFigure(range(130, 150, { unit: 'money', currency: 'CNY' }))).toBe('130–150 yuan');
      expect(formatFigure(range(7, 28, { unit: 'money', currency: 'USD' }))).toBe('US$7–28');
    });

    it('says "about" for an approximate figure, and names won in full', () => {
      expect(formatFigure(single(35000, { unit: 'money', currency: 'KRW', approximate: true }))).toBe(
        'about 35,000 South Korean won',
      );
    });
  });

  describe('for an exchange rate', () => {
    it('writes the price currency per one unit of the other', () => {
      expect(formatFigure(single(175, { unit: 'exchange-rate', currency: 'KRW', per: 'CNY' }))).toBe('175 won per yuan');
      expect(formatFigure(single(0.14, { unit: 'exchange-rate', currency: 'USD', per: 'CNY' }))).toBe(
        '0.14 dollars per yuan',
      );
    });

    it('writes "per dollar" in the singular', () => {
      expect(formatFigure(single(7.1, { unit: 'exchange-rate', currency: 'CNY', per: 'USD' }))).toBe('7.1 yuan per dollar');
    });

    it('says "about" for an approximate rate', () => {
      const rate = single(175, { unit: 'exchange-rate', currency: 'KRW', per: 'CNY', approximate: true });
      expect(formatFigure(rate)).toBe('about 175 won per yuan');
    });

    it('keeps a range a range', () => {
      expect(formatFigure(range(170, 175, { unit: 'exchange-rate', currency: 'KRW', per: 'CNY' }))).toBe(
        '170–175 won per yuan',
      );
    });
  });

  describe('for a multiple', () => {
    it('writes a common fraction in words, and any other as a number', () => {
      expect(formatFigure(single(0.25, { unit: 'multiple' }))).toBe('a quarter');
      expect(formatFigure(single(0.2, { unit: 'multiple' }))).toBe('a fifth');
      expect(formatFigure(single(0.3, { unit: 'multiple' }))).toBe('0.3 times');
    });

    it('standing alone beside its label, writes a multiple as a sign, which cannot be read as "happened twice"', () => {
      expect(formatFigure(single(2, { unit: 'multiple' }), { form: 'figure' })).toBe('×2');
      expect(formatFigure(single(3, { unit: 'multiple', approximate: true }), { form: 'figure' })).toBe('about ×3');
      expect(formatFigure(single(0.25, { unit: 'multiple' }), { form: 'figure' })).toBe('a quarter');
    });

    it('writes two as "twice"', () => {
      expect(formatFigure(single(2, { unit: 'multiple' }))).toBe('twice');
    });

    it('writes other small multiples in words', () => {
      expect(formatFigure(single(3, { unit: 'multiple' }))).toBe('three times');
      expect(formatFigure(single(12, { unit: 'multiple' }))).toBe('12 times');
    });

    it('says "about" for an approximate multiple', () => {
      expect(formatFigure(single(2, { unit: 'multiple', approximate: true }))).toBe('about twice');
    });

    it('keeps a range a range', () => {
      expect(formatFigure(range(2, 3, { unit: 'multiple' }))).toBe('two or three times');
    });
  });

  describe('for a count', () => {
    it('writes an adjacent pair as "one or two"', () => {
      expect(formatFigure(range(1, 2, { unit: 'count' }))).toBe('one or two');
    });

    it('writes a wider range with "to"', () => {
      expect(formatFigure(range(2, 5, { unit: 'count' }))).toBe('two to five');
    });

    it('writes numbers up to ten in words and larger ones in digits', () => {
      expect(formatFigure(single(10, { unit: 'count' }))).toBe('ten');
      expect(formatFigure(single(11, { unit: 'count' }))).toBe('11');
    });
  });

  describe('for years', () => {
    it('writes "three or four years", with "about" when approximate', () => {
      expect(formatFigure(range(3, 4, { unit: 'years' }))).toBe('three or four years');
      expect(formatFigure(range(3, 4, { unit: 'years', approximate: true }))).toBe('about three or four years');
    });

    it('writes a single year in the singular', () => {
      expect(formatFigure(single(1, { unit: 'years' }))).toBe('one year');
      expect(formatFigure(single(5, { unit: 'years' }))).toBe('five years');
    });
  });
});

describe('formatContextFact', () => {
  const fact = (changes: Partial<ContextFact>): ContextFact =>
    contextFactSchema.parse({
      id: 'x',
      topic: 'trade',
      measures: 'Something measured',
      period: '2020',
      approximate: false,
      citations: ['c'],
      kind: 'reported',
      ...changes,
    });

  it.each<[Partial<ContextFact>, string]>([
    [{ value: 5.06e9, unit: 'money', currency: 'USD' }, 'US$5.06 bn'],
    [{ value: 539.1e6, unit: 'money', currency: 'USD' }, 'US$539.1 m'],
    [{ value: 1027.72e6, unit: 'money', currency: 'USD' }, 'US$1,027.72 m'],
    [{ value: 2.79e9, approximate: true, unit: 'money', currency: 'USD' }, 'about US$2.79 bn'],
    [{ value: 100, approximate: true, unit: 'money', currency: 'USD', perQuantity: 'month' }, 'about US$100 a month'],
    [{ value: 5520, unit: 'money', currency: 'KPW', perQuantity: 'kg' }, '5,520 North Korean won a kilogram'],
    [{ low: 5000, high: 10000, unit: 'money', currency: 'KPW', perQuantity: 'month' }, '5,000–10,000 North Korean won a month'],
    [{ value: 1350, unit: 'exchange-rate', currency: 'KPW', per: 'CNY' }, '1,350 North Korean won per yuan'],
    [{ value: 43, approximate: true, unit: 'kilograms' }, 'about 43 kg'],
    [{ low: 24, high: 48, approximate: true, unit: 'months' }, 'about 24–48 months'],
    [{ value: 17.5, unit: 'days' }, '17.5 days'],
    [{ value: 28, approximate: true, unit: 'percent' }, 'about 28%'],
    [{}, ''],
  ])('writes %o as "%s"', (changes, expected) => {
    expect(formatContextFact(fact(changes))).toBe(expected);
  });
});
