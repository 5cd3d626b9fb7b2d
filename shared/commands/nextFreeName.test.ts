import { describe, expect, it } from 'vitest';
import { nextFreeFqdn, nextFreeName } from './nextFreeName';

const taken = (...names: string[]) => new Set(names.map((name) => name.toLowerCase()));

describe('nextFreeFqdn', () => {
  it('increments the number of the first label, keeping its padding', () => {
    expect(nextFreeFqdn('fe03.contoso.com', taken('fe03.contoso.com'))).toBe('fe04.contoso.com');
    expect(nextFreeFqdn('fe09.contoso.com', taken())).toBe('fe10.contoso.com');
    expect(nextFreeFqdn('sql099.corp.contoso.com', taken())).toBe('sql100.corp.contoso.com');
  });

  it('skips names already in the design, whatever their case', () => {
    expect(nextFreeFqdn('fe03.contoso.com', taken('FE04.contoso.com', 'fe05.contoso.com'))).toBe('fe06.contoso.com');
  });

  it('numbers a label that has no number, and only touches the first label', () => {
    expect(nextFreeFqdn('pool.contoso2.com', taken())).toBe('pool2.contoso2.com');
    expect(nextFreeFqdn('sip', taken('sip2'))).toBe('sip3');
  });
});

describe('nextFreeName', () => {
  it('numbers site names as a person would', () => {
    expect(nextFreeName('Dallas', taken('dallas'))).toBe('Dallas 2');
    expect(nextFreeName('Branch site 2', taken('branch site 3'))).toBe('Branch site 4');
    expect(nextFreeName('DC1', taken())).toBe('DC2');
  });
});
