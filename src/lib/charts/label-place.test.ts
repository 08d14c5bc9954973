import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, rotatedTextBoxes, type Box, type LabelRequest } from './label-place';

const BOUNDS: Box = { x: 0, y: 0, width: 700, height: 420 };
const RADIUS = 10;
const markOf = (r: LabelRequest): Box => ({ x: r.x - RADIUS, y: r.y - RADIUS, width: 2 * RADIUS, height: 2 * RADIUS });

/** Every pair of things a label must not touch that it does touch. */
function collisions(requests: LabelRequest[], obstacles: Box[]) {
  const placed = placeLabels(requests, RADIUS, BOUNDS, obstacles);
  const found: string[] = [];
  placed.forEach((p, i) => {
    placed.forEach((q, j) => j > i && overlaps(p.box, q.box) && found.push(`${p.id} on ${q.id}`));
    requests.forEach((r) => overlaps(p.box, markOf(r)) && found.push(`${p.id} on the mark of ${r.id}`));
    obstacles.forEach((o, k) => overlaps(p.box, o) && found.push(`${p.id} on obstacle ${k}`));
  });
  return { placed, found };
}

describe('placeLabels', () => {
  it('puts a lone label right beside its mark, without a leader', () => {
    const [p] = placeLabels([{ id: 'a', x: 100, y: 100, width: 60, height: 15 }], RADIUS, BOUNDS);
    expect(p!.box.x).toBeGreaterThan(100 + RADIUS);
    expect(p!.box.x).toBeLessThan(100 + RADIUS + 6);
    expect(p!.leader).toBe(false);
    expect(p!.collides).toBe(false);
  });

  it('keeps labels inside the plot: a mark at the right edge gets its label on the left', () => {
    const [p] = placeLabels([{ id: 'a', x: 690, y: 200, width: 80, height: 15 }], RADIUS, BOUNDS);
    expect(p!.box.x + p!.box.width).toBeLessThan(690);
  });

  it('places twelve labels on marks piled into one corner without any overlap', () => {
    const requests = Array.from({ length: 12 }, (_, i) => ({ id: `g${i}`, x: 60 + (i % 4) * 6, y: 60 + Math.floor(i / 4) * 6, width: 120, height: 15 }));
    const { placed, found } = collisions(requests, [{ x: 8, y: 4, width: 110, height: 16 }]);
    expect(found).toStrictEqual([]);
    expect(placed.every((p) => !p.collides)).toBe(true);
  });

  it('never overlaps a label, a mark or an obstacle for up to twelve groups anywhere on the plot', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 20, max: 680 }),
            y: fc.integer({ min: 20, max: 400 }),
            width: fc.integer({ min: 30, max: 150 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (marks) => {
          const requests = marks.map((m, i) => ({ id: `g${i}`, ...m, height: 15 }));
          const quadrantNames = [
            { x: 8, y: 4, width: 110, height: 16 },
            { x: 580, y: 4, width: 110, height: 16 },
            { x: 580, y: 396, width: 110, height: 16 },
            { x: 8, y: 396, width: 90, height: 16 },
          ];
          const { placed, found } = collisions(requests, quadrantNames);
          // A label that could not be placed says so; every other one is clear.
          const unplaced = placed.filter((p) => p.collides).map((p) => p.id);
          expect(found.filter((f) => !unplaced.some((id) => f.startsWith(`${id} `) || f.endsWith(` ${id}`)))).toStrictEqual([]);
          expect(unplaced).toStrictEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rotatedTextBoxes', () => {
  it('covers a horizontal line of text with boxes of its height along its length', () => {
    const boxes = rotatedTextBoxes(10, 50, 120, 0, 12, 4);
    expect(boxes[0]).toStrictEqual({ x: 10, y: 44, width: 30, height: 12 });
    expect(boxes[3]!.x + boxes[3]!.width).toBeCloseTo(130);
  });
});
