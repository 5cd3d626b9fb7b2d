import type { NumberConvention } from '../../../../shared/input/typedNumber';

/** The separators of the user's locale, as the browser (or Electron's Chromium) knows them. */
export function localeNumberConvention(locale?: string): NumberConvention {
  const parts = new Intl.NumberFormat(locale).formatToParts(12_345.6);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}
