/**
 * Plain words: every chart's takeaway is at most 25 words and at reading grade 9 or below
 * (Flesch–Kincaid, measured by text-readability), for each chart the registry finds, and for the
 * risk model in every kind of state a reader can set (its takeaway follows the sliders).
 */
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../data/load';
import { english } from '../lib/locale';
import { prepareChart } from './build-time';
import { charts } from './registry';
import { modelMessages } from './risk-model/messages';
import { modelTakeaway } from './risk-model/summary';
import type { RiskModelData } from './risk-model/data';

const maximumWords = 25;
const maximumGrade = 9;
const content = loadContent();

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function expectPlain(text: string) {
  expect(words(text), text).toBeLessThanOrEqual(maximumWords);
  expect(readability.fleschKincaidGrade(text), text).toBeLessThanOrEqual(maximumGrade);
}

describe('takeaways in plain words', () => {
  for (const definition of charts.values()) {
    it(`${definition.slug}: at most ${maximumWords} words, reading grade ${maximumGrade} or below`, () => {
      expectPlain(prepareChart(definition, content).frame.takeaway);
    });
  }

  it('the measure can fail: a long, hard sentence is over both limits', () => {
    const hard =
      'Notwithstanding considerable methodological uncertainty, the approximated equilibrium remuneration substantially exceeds comparable institutional compensation benchmarks ' +
      'across heterogeneous jurisdictions, particularly regarding intermittently sanctioned telecommunications intermediaries operating within administratively complicated borderlands.';
    expect(words(hard)).toBeGreaterThan(maximumWords);
    expect(readability.fleschKincaidGrade(hard)).toBeGreaterThan(maximumGrade);
  });

  it('risk-model: its takeaway stays plain for any settings (explained in part, in whole, never, or exceeded)', () => {
    const { data } = prepareChart(charts.get('risk-model')!, content) as { data: RiskModelData };
    const context = { t: modelMessages.en, locale: english };
    const settings = [
      { catchChance: 10, bribe: 3000, rentalDays: 10 },
      { catchChance: 0, bribe: 3000, rentalDays: 10 },
      { catchChance: 100, bribe: 500, rentalDays: 30 },
      { catchChance: 50, bribe: 6000, rentalDays: 5 },
      { catchChance: 1, bribe: 20000, rentalDays: 1 },
    ];
    const takeaways = settings.map((assumptions) => modelTakeaway(data, assumptions, context));
    expect(new Set(takeaways).size).toBe(settings.length);
    for (const takeaway of takeaways) expectPlain(takeaway);
  });
});
