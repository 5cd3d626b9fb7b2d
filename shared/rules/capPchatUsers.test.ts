import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-PCHAT-USERS');

/** examples.md CAP-21 B: 4 active and 4 standby servers planned for `concurrentUsers`. */
function chatPool(concurrentUsers: number) {
  const b = new DesignBuilder();
  const chat = b.pool(b.site('Central'), 'persistentChat', { servers: 4, extra: { concurrentUsers } as never });
  for (const id of b.servers(chat, 4)) b.design.servers.find((s) => s.id === id)!.standby = true;
  return { b, chat };
}

describe('CAP-PCHAT-USERS (examples.md CAP-21)', () => {
  it('B: 4 active + 4 standby with 85,000 concurrent users is a warning (80,000)', () => {
    const { b, chat } = chatPool(85_000);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [chat], value: 85_000, limit: 80_000 }),
    ]);
  });

  it('80,000 concurrent users on 4 active servers pass', () => {
    expect(findingsOf(chatPool(80_000).b)).toEqual([]);
  });
});

describe('CAP-PCHAT-USERS and Lync Server 2010 Group Chat pools', () => {
  it('does not judge a 2010 Group Chat pool by the 2013 figure of 20,000 per active server', () => {
    const { b, chat } = chatPool(85_000);
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(chat);
    expect(findingsOf(b)).toEqual([]);
  });
});
