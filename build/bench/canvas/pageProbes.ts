// Functions that run inside the page (passed to page.evaluate): they must not close over anything.

/** Resolves with the ms from `start` until `expected` React Flow nodes are in the DOM, measured, and painted. */
export function untilPainted(args: { expected: number; timeoutMs: number }): Promise<number> {
  const start = (window as unknown as { __benchStart: number }).__benchStart;
  return new Promise((resolve, reject) => {
    const check = () => {
      const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
      // React Flow keeps a node hidden until it has measured it.
      const ready =
        nodes.length === args.expected && Array.from(nodes).every((node) => node.style.visibility !== 'hidden');
      if (ready) {
        // The frame after the one that committed them has been painted.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        return;
      }
      if (performance.now() - start > args.timeoutMs)
        reject(new Error(`only ${nodes.length} of ${args.expected} nodes after ${args.timeoutMs} ms`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Drags one node for `durationMs` as a hand would: mouse down on it, then one mouse move per frame along a path
 * across the canvas and back, then mouse up. Returns the time of every frame during the drag (the interval
 * between consecutive animation frames, each of which handled exactly one move).
 */
export function dragFrames(args: { nodeId: string; durationMs: number; spanPx: number }): Promise<number[]> {
  const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${args.nodeId}"]`);
  if (!node) return Promise.reject(new Error(`no node ${args.nodeId}`));
  const box = node.getBoundingClientRect();
  const origin = { x: box.left + Math.min(12, box.width / 2), y: box.top + Math.min(6, box.height / 2) };
  const mouse = (type: string, x: number, y: number, target: EventTarget) =>
    target.dispatchEvent(
      new MouseEvent(type, {
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
        view: window,
        button: 0,
        buttons: type === 'mouseup' ? 0 : 1,
      }),
    );
  mouse('mousedown', origin.x, origin.y, node);
  const frames: number[] = [];
  return new Promise((resolve) => {
    const started = performance.now();
    let last = started;
    const step = (now: number) => {
      const elapsed = now - started;
      if (elapsed > 0) frames.push(now - last);
      last = now;
      if (elapsed >= args.durationMs) {
        mouse('mouseup', origin.x, origin.y, window);
        resolve(frames.slice(1));
        return;
      }
      // Out and back along a diagonal, so the node crosses the canvas and its edges follow it.
      const phase = (elapsed / args.durationMs) * 2;
      const t = phase <= 1 ? phase : 2 - phase;
      mouse('mousemove', origin.x + args.spanPx * t, origin.y + (args.spanPx / 3) * t, window);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/**
 * Types values into a labelled inspector field one at a time, as a planner does, and returns for each the ms
 * from the keystroke to the frame that shows its effect: until `watch` (a selector) changes its text, then the
 * next frame is painted.
 */
export async function typeAndTime(args: {
  label: string;
  values: string[];
  watch: string;
  timeoutMs: number;
}): Promise<number[]> {
  const label = [...document.querySelectorAll('label')].find(
    (candidate) => candidate.textContent?.trim() === args.label,
  );
  const input = label ? document.getElementById(label.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no field labelled ${args.label}`);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const watched = () => [...document.querySelectorAll(args.watch)].map((element) => element.textContent).join('|');
  const times: number[] = [];
  for (const value of args.values) {
    const before = watched();
    const start = performance.now();
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (watched() !== before) requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        else if (performance.now() - start > args.timeoutMs)
          reject(new Error(`${args.watch} did not change after ${value}`));
        else requestAnimationFrame(check);
      };
      check();
    });
    times.push(performance.now() - start);
  }
  return times;
}
