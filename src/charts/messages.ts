/**
 * A chart's words live in its own `messages.ts`: one object per locale, each a set of functions
 * over typed values (or plain strings), so no drawing or frame code writes a word itself. This
 * module holds what all of them share: the lookup, and the pseudo-locale the tests render with,
 * in which every string is accented and 40% longer, so a word that was not looked up, or a
 * label that cannot grow, shows at once.
 */
import { english, type Locale, type LocaleId } from '../lib/locale';

/** A chart's messages: English always; other locales may be added beside it. */
export type ChartMessages<Words> = { en: Words } & Partial<Record<Exclude<LocaleId, 'en' | 'pseudo'>, Words>>;

const accents: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķĺɱñöƥɋŕšŧûʋŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤɊŔŠŦÛṼŴẊÝŽ'][index]!,
  ]),
);

/**
 * "Per call" → "Ƥéŕ ĉàĺĺ" lengthened: every Latin letter accented, and each word 40% longer
 * (its first letters repeated), as many translations are. Digits, spaces, punctuation and line
 * breaks are kept, so numbers still read and labels still wrap where they did.
 */
export function pseudoText(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    const extra = Math.ceil(word.length * 0.4);
    const longer = word + word.repeat(Math.ceil(extra / word.length)).slice(0, extra).toLowerCase();
    return [...longer].map((letter) => accents[letter] ?? letter).join('');
  });
}

/** True when a string holds a run of plain Latin letters: a word that no locale replaced. */
export const hasUnlocalizedWord = (text: string) => /[A-Za-z]{2,}/.test(text);

type AnyFunction = (...args: never[]) => unknown;

function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (Array.isArray(value)) return value.map(pseudoValue);
  return value;
}

/** Every string a message set holds or returns, in the pseudo-locale. */
export function pseudoMessages<Words>(words: Words): Words {
  if (typeof words === 'function') {
    return ((...args: never[]) => pseudoValue((words as AnyFunction)(...args))) as Words;
  }
  if (typeof words === 'string' || Array.isArray(words)) return pseudoValue(words) as Words;
  if (words && typeof words === 'object') {
    return Object.fromEntries(Object.entries(words).map(([key, value]) => [key, pseudoMessages(value)])) as Words;
  }
  return words;
}

/** The messages of a chart in a locale: its own, or English for a locale it lacks, or pseudo. */
export function messagesFor<Words>(messages: ChartMessages<Words>, locale: Locale): Words {
  if (locale.id === 'pseudo') return pseudoMessages(messages.en);
  return (messages as Partial<Record<LocaleId, Words>>)[locale.id] ?? messages.en;
}

/** The words every locale formats itself (numbers stay digits; names from content stay as written). */
const wordyFormatters = ['money', 'largeDollars', 'figure', 'contextFact', 'unitFraction', 'currencyName', 'reportYear', 'reportYearPlain', 'interviewDate', 'date', 'citation'] as const;

/** English, with every word it writes in the pseudo-locale: the tests render every chart with it. */
export const pseudoLocale: Locale = {
  ...english,
  id: 'pseudo',
  ...Object.fromEntries(wordyFormatters.map((name) => [name, pseudoMessages(english[name])])),
};
