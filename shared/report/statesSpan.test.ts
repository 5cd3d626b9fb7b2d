import { describe, expect, it } from 'vitest';
import { statesSpan } from './statesSpan';

const states = ['start', 'st1', 'st2', 'st3', 'st4'].map((id, index) => ({ id, index }));

describe('the states a finding holds in, short', () => {
  it('says every state, a run, one state, or runs apart, in plan order', () => {
    expect(statesSpan(['start', 'st1', 'st2', 'st3', 'st4'], states)).toBe('every state');
    expect(statesSpan(['start', 'st1', 'st2'], states)).toBe('start to step 2');
    expect(statesSpan(['st3'], states)).toBe('step 3');
    expect(statesSpan(['st4', 'start', 'st3', 'st1'], states)).toBe('start to step 1, step 3 to step 4');
    expect(statesSpan(['gone'], states)).toBe('');
  });
});
