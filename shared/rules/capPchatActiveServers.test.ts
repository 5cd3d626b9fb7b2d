import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'CAP-PCHAT-ACTIVE-SERVERS');

describe('CAP-PCHAT-ACTIVE-SERVERS (examples.md CAP-21)', () => {
  it('A: 5 active servers in a Persistent Chat pool is an error (at most 4)', () => {
    const b = new DesignBuilder();
    const chat = b.pool(b.site('Central'), 'persistentChat', { servers: 5 });
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [chat], value: 5, limit: 4 }),
    ]);
  });

  it('B: 4 active + 4 standby is within both limits; a ninth server is not', () => {
    const b = new DesignBuilder();
    const chat = b.pool(b.site('Central'), 'persistentChat', {
      servers: 4,
      extra: { concurrentUsers: 85_000 } as never,
    });
    for (const id of b.servers(chat, 4)) b.design.servers.find((s) => s.id === id)!.standby = true;
    expect(findingsOf(b)).toEqual([]);
    for (const id of b.servers(chat, 1)) b.design.servers.find((s) => s.id === id)!.standby = true;
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [chat], value: 9, limit: 8 }),
    ]);
  });
});

describe('CAP-PCHAT-ACTIVE-SERVERS and Lync Server 2010 Group Chat pools', () => {
  it('does not judge a 2010 Group Chat pool by the 2013 limit of 4 active servers', () => {
    const b = new DesignBuilder();
    const chat = b.pool(b.site('Central'), 'persistentChat', { servers: 5 });
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(chat);
    expect(findingsOf(b)).toEqual([]);
  });
});
