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

/** 1,240.5 kbps (at most one decimal, none when whole) */
export function formatKbps(value: number): string {
  const tenths = Math.round(Math.abs(value) * 10);
  const whole = groupThousands(String(Math.floor(tenths / 10)));
  return `${value < 0 && tenths > 0 ? '-' : ''}${whole}${tenths % 10 ? `.${tenths % 10}` : ''} kbps`;
}
