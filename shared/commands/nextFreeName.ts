/**
 * The next name after `name` that `taken` does not hold, the way a planner numbers servers: the number at the
 * end of the first DNS label goes up, keeping its zero padding (`fe03.contoso.com` -> `fe04.contoso.com`,
 * `fe09` -> `fe10`, `sql099` -> `sql100`). A label without a number gets one (`sip` -> `sip2`). Comparison
 * ignores case, as DNS does.
 */
export function nextFreeFqdn(fqdn: string, taken: ReadonlySet<string>): string {
  const dot = fqdn.indexOf('.');
  const label = dot < 0 ? fqdn : fqdn.slice(0, dot);
  const rest = dot < 0 ? '' : fqdn.slice(dot);
  return nextFree(label, taken, (candidate) => `${candidate}${rest}`);
}

/** The same numbering for display names: `Dallas 2` -> `Dallas 3`, `Dallas` -> `Dallas 2`. */
export function nextFreeName(name: string, taken: ReadonlySet<string>): string {
  const spaced = /\s\d+$/.test(name) || !/\d$/.test(name);
  return nextFree(name, taken, (candidate) => candidate, spaced ? ' ' : '');
}

function nextFree(
  label: string,
  taken: ReadonlySet<string>,
  compose: (label: string) => string,
  separator = '',
): string {
  const match = /^(.*?)(\d+)$/.exec(label);
  const stem = match ? match[1]! : `${label}${separator}`;
  const digits = match ? match[2]! : '';
  let number = match ? Number(digits) : 1;
  for (;;) {
    number += 1;
    const candidate = compose(`${stem}${String(number).padStart(digits.length, '0')}`);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
