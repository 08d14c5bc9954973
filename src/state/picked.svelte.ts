/** The statement picked on the main chart or in the table, whose card and receipt are shown. */
import { tick } from 'svelte';

export class Picked {
  /** Its id, or null when none is picked. */
  id = $state<string | null>(null);
  /** Whether it was picked in the table: its receipt is then shown there, not under the chart far above. */
  inTable = $state(false);

  /** Picks a statement and brings its card under the chart into view (from the list of what an edit moved). */
  async show(id: string) {
    this.id = id;
    this.inTable = false;
    await tick();
    document.querySelector('.statement-card')?.scrollIntoView({ block: 'center' });
  }
}
