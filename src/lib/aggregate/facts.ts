/**
 * What the page shows about a whole dataset that would otherwise take a pass
 * over every statement after a load: gathered slice by slice while the
 * statements arrive, when the page is otherwise waiting for the worker.
 */
import { isInsufficient } from '../scoring/evidence';
import type { Scored } from '../types';

export interface DatasetFacts {
  /** Every group, in order of first appearance. */
  groups: string[];
  /** Every source named, sorted. */
  sources: string[];
  /** The largest enthusiasm or concern of any statement; 0 when there are none. */
  maxScore: number;
  /** Statements with insufficient evidence (see evidence.ts). */
  insufficient: number;
  /** Whether any statement is marked illustrative. */
  illustrative: boolean;
}

export class FactsBuilder {
  #groups = new Set<string>();
  #sources = new Set<string>();
  #maxScore = 0;
  #insufficient = 0;
  #illustrative = false;

  add(rows: readonly Scored[]) {
    for (let i = 0; i < rows.length; i++) {
      const s = rows[i]!;
      this.#groups.add(s.group);
      if (s.source) this.#sources.add(s.source);
      if (s.enthusiasm > this.#maxScore) this.#maxScore = s.enthusiasm;
      if (s.concern > this.#maxScore) this.#maxScore = s.concern;
      if (isInsufficient(s)) this.#insufficient++;
      if (s.provenance === 'illustrative') this.#illustrative = true;
    }
  }

  result(): DatasetFacts {
    return {
      groups: [...this.#groups],
      sources: [...this.#sources].sort(),
      maxScore: this.#maxScore,
      insufficient: this.#insufficient,
      illustrative: this.#illustrative,
    };
  }
}

export function factsOf(rows: readonly Scored[]): DatasetFacts {
  const builder = new FactsBuilder();
  builder.add(rows);
  return builder.result();
}
