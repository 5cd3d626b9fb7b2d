/**
 * Numbers as people type them. An architect in Oslo or Munich types "12.000" for twelve thousand; one in Redmond
 * types "12,000". Both must become 12,000, and nothing may be silently read as another number: "12.000" read as
 * 12 (as a plain JavaScript parse does) put 12 users on a pool planned for 12,000.
 *
 * The text is read in two conventions: the user's locale (its group and decimal separators) and en-US, the
 * convention of the Lync documentation. A reading that groups digits in threes is taken when it is the only
 * one; where the two conventions read different numbers from the same text, the text is refused with both
 * readings named, so the user types it unambiguously.
 */

export interface NumberConvention {
  /** The thousands separator: "," in en-US, "." in de-DE, a (narrow) no-break space in fr-FR and nb-NO. */
  group: string;
  /** The decimal separator: "." in en-US, "," in de-DE. */
  decimal: string;
}

export const EN_US: NumberConvention = { group: ',', decimal: '.' };

export type TypedNumber = { ok: true; value: number } | { ok: false; message: string };

interface Reading {
  value: number;
  /** The text grouped its digits in threes with this convention's separator. */
  grouped: boolean;
  /** The digits after the decimal separator, when there is one. */
  fraction?: string;
}

/** Spaces of every width people and locales use between groups, folded into one. */
const SPACES = /[\s\u00a0\u2007\u202f]/g;

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readIn(text: string, convention: NumberConvention): Reading | undefined {
  const group = convention.group.replace(SPACES, ' ');
  const decimal = literally(convention.decimal);
  const grouped = new RegExp(`^([-+]?)(\\d{1,3}(?:${literally(group)}\\d{3})+)(?:${decimal}(\\d+))?$`);
  const plain = new RegExp(`^([-+]?)(\\d+|(?=${decimal}\\d))(?:${decimal}(\\d*))?$`);
  const match = grouped.exec(text) ?? plain.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction] = match;
  const digits = (whole ?? '').split(group).join('');
  const value = Number(`${sign}${digits || '0'}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return undefined;
  return { value, grouped: digits !== whole, ...(fraction !== undefined ? { fraction } : {}) };
}

const show = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 20 });

/** "12.000" or "2.048" typed in en-US: a decimal point where many people put a thousands separator. */
const looksLikeThousands = (reading: Reading, text: string) =>
  !reading.grouped && reading.fraction?.length === 3 && /^[-+]?[1-9]\d{0,2}\D\d{3}$/.test(text);

/**
 * Reads what a person typed into a number field: plain digits, or digits grouped in threes in the user's
 * locale or in en-US. Refused with the reason, never guessed: text the two conventions read as different
 * numbers ("12,000" in de-DE: 12 there, 12,000 in en-US), and a decimal point before exactly three digits
 * where a thousands separator was probably meant ("12.000" in en-US).
 */
export function parseTypedNumber(typed: string, locale: NumberConvention): TypedNumber {
  const text = typed.trim().replace(SPACES, ' ');
  const inLocale = readIn(text, locale);
  const inEnglish = sameConvention(locale, EN_US) ? inLocale : readIn(text, EN_US);
  if (!inLocale && !inEnglish) return { ok: false, message: 'Enter a number, such as 1024' };
  if (inLocale?.grouped) return { ok: true, value: inLocale.value };
  if (inLocale && inEnglish && inLocale.value !== inEnglish.value)
    return ambiguous(typed, inLocale.value, inEnglish.value);
  const reading = (inLocale ?? inEnglish)!;
  if (looksLikeThousands(reading, text)) {
    return ambiguous(typed, reading.value, Number(text.replace(/\D/g, '')) * (reading.value < 0 ? -1 : 1));
  }
  return { ok: true, value: reading.value };
}

function ambiguous(typed: string, a: number, b: number): TypedNumber {
  const [larger, smaller] = a > b ? [a, b] : [b, a];
  return {
    ok: false,
    message: `“${typed.trim()}” could be ${show(larger)} or ${show(smaller)}: type ${String(larger)} or ${String(smaller)}`,
  };
}

function sameConvention(a: NumberConvention, b: NumberConvention): boolean {
  return a.group === b.group && a.decimal === b.decimal;
}
