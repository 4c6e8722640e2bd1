/**
 * The model's result in a sentence, for the live region under the controls and the frame's
 * takeaway: what the expected bribe adds to a day's rental, set against the reported day rate.
 * Pure; shared by the build and the browser.
 */
import { formatYuan } from './chart';
import type { RiskModelData } from './data';
import { breakEvenDayRate, chanceToReach, type Assumptions } from './model';

export function modelSummary(data: RiskModelData, assumptions: Assumptions): string {
  const { catchChance, bribe, rentalDays } = assumptions;
  const rate = breakEvenDayRate(assumptions);
  const dayRate = data.dayRate.low;
  const setup =
    `Model: with a ${catchChance}% chance of being caught each month, a ${formatYuan(bribe)}-yuan bribe and ` +
    `${rentalDays} rental ${rentalDays === 1 ? 'day' : 'days'} a month, the expected bribe comes to ${formatYuan(rate)} yuan ` +
    `for each day the phone is rented.`;
  if (rate === 0) {
    const why = catchChance === 0 ? 'a lender who is never caught pays no bribes' : 'a lender who pays no bribe when caught bears no cost from it';
    return `${setup} On these assumptions ${why}, so the bribe explains none of the price.`;
  }
  if (rate > dayRate) {
    return `${setup} That is more than the reported day rate of ${formatYuan(dayRate)} yuan: on these assumptions, that price would not even cover the bribes.`;
  }
  const share = `That is ${Math.round((rate / dayRate) * 100)}% of the reported day rate of ${formatYuan(dayRate)} yuan.`;
  const needed = chanceToReach(dayRate, assumptions);
  if (needed === null) {
    const atCertainty = breakEvenDayRate({ ...assumptions, catchChance: 100 });
    return `${setup} ${share} Even a lender caught every month would need only ${formatYuan(atCertainty)} yuan a day to cover the bribe: on these assumptions, the bribe explains only part of the price.`;
  }
  return `${setup} ${share} The bribe alone would account for the whole ${formatYuan(dayRate)} yuan only at a ${Math.round(needed)}% chance of being caught each month.`;
}

/** The frame's one-sentence takeaway at the defaults: the result, and what it would take. */
export function modelTakeaway(data: RiskModelData, assumptions: Assumptions): string {
  const rate = breakEvenDayRate(assumptions);
  const dayRate = data.dayRate.low;
  const needed = chanceToReach(dayRate, assumptions);
  const start = `In this model, on our starting assumptions, the expected bribe accounts for ${formatYuan(rate)} of the ${formatYuan(dayRate)} yuan a day`;
  return needed === null
    ? `${start}; no chance of being caught explains the rest.`
    : `${start}; it would take a ${Math.round(needed)}% chance of being caught each month to explain it all.`;
}
