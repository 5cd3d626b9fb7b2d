/** Thousands separated by commas, as the Lync documentation writes them; far cheaper than Intl on hot paths. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 80,000 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value);
  return `${rounded < 0 ? '-' : ''}${groupThousands(String(Math.abs(rounded)))}`;
}

/** 1,240.5 (at most one decimal, none when whole) */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const tenths = Math.round(Math.abs(value) * 10);
  const whole = groupThousands(String(Math.floor(tenths / 10)));
  return `${value < 0 && tenths > 0 ? '-' : ''}${whole}${tenths % 10 ? `.${tenths % 10}` : ''}`;
}

/** 1,240.5 kbps (at most one decimal, none when whole) */
export function formatKbps(value: number): string {
  return `${formatDecimal(value)} kbps`;
}

/**
 * A count and its noun, agreeing: `countOf(1, 'server')` is "1 server", `countOf(2000, 'user')` is "2,000 users",
 * `countOf(0, 'server')` is "0 servers". The plural is the singular with an "s" unless given
 * (`countOf(3, 'Survivable Branch Appliance')`, but `countOf(2, 'switch', 'switches')`).
 */
export function countOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${Math.abs(Math.round(value)) === 1 ? singular : plural}`;
}
