import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { boxOf, panToReveal } from './revealBox';

const view = { x: 0, y: 0, width: 1000, height: 600 };

describe('panToReveal', () => {
  it('leaves the view where it is when the box is inside it', () => {
    expect(panToReveal({ x: 10, y: 10, width: 300, height: 200 }, view)).toBeUndefined();
  });

  it('moves the view down just enough to show a box past its bottom edge, and left or up for the other edges', () => {
    expect(panToReveal({ x: 10, y: 500, width: 300, height: 200 }, view)).toEqual({ x: 0, y: 100 });
    expect(panToReveal({ x: -40, y: -30, width: 300, height: 200 }, view)).toEqual({ x: -40, y: -30 });
  });

  it('shows a box larger than the view from its top left', () => {
    expect(panToReveal({ x: 50, y: 100, width: 300, height: 900 }, view)).toEqual({ x: 0, y: 100 });
  });
});

describe('boxOf', () => {
  it('places a pool by its site', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.pool(site, 'edge', { servers: 0 });
    b.design.layout = { nodes: { [site]: { x: 100, y: 200 }, [pool]: { x: 24, y: 70 } } };
    expect(boxOf(b.design, pool)).toEqual({ x: 124, y: 270, width: 388, height: 118 });
    expect(boxOf(b.design, site)).toMatchObject({ x: 100, y: 200 });
    expect(boxOf(b.design, 'gone')).toBeUndefined();
  });
});
