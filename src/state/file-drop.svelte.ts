/**
 * A file dragged over the page and dropped anywhere on it is loaded; while one is dragged over the
 * page, `dragging` is true so the page can say where to drop it.
 */
export class FileDrop {
  /** A file is being dragged over the page. */
  dragging = $state(false);
  #onfile: (file: File) => void;

  constructor(onfile: (file: File) => void) {
    this.#onfile = onfile;
  }

  /** Listens on `target` (the window) until the returned function is called. */
  listen(target: EventTarget): () => void {
    // Text or a link dragged over the page is not ours to take.
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: Event) => {
      if (!hasFiles(event as DragEvent)) return;
      event.preventDefault();
      this.dragging = true;
    };
    // A drag that leaves the window has no element it goes to; one moving between elements does.
    const leave = (event: Event) => {
      if (!(event as DragEvent).relatedTarget) this.dragging = false;
    };
    const drop = (event: Event) => {
      if (!hasFiles(event as DragEvent)) return;
      event.preventDefault();
      this.dragging = false;
      const file = (event as DragEvent).dataTransfer?.files[0];
      if (file) this.#onfile(file);
    };
    target.addEventListener('dragover', over);
    target.addEventListener('dragleave', leave);
    target.addEventListener('drop', drop);
    return () => {
      target.removeEventListener('dragover', over);
      target.removeEventListener('dragleave', leave);
      target.removeEventListener('drop', drop);
    };
  }
}
