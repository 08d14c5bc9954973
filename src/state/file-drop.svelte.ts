/**
 * A file dragged over the page and dropped anywhere on it is loaded; while one is dragged over the
 * page, `dragging` is true so the page can say where to drop it. The page shows one file at a time:
 * of several dropped together the first is loaded, and `notice` says which were left until the page
 * clears it, when other data is chosen.
 */
export class FileDrop {
  /** A file is being dragged over the page. */
  dragging = $state(false);
  /** Which dropped files were left out, when several were dropped at once; '' otherwise. */
  notice = $state('');
  #onfile: (file: File) => void;

  constructor(onfile: (file: File) => void) {
    this.#onfile = onfile;
  }

  /** Forgets the files left out of the last drop: other data was chosen since. */
  clear() {
    this.notice = '';
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
      const files = [...((event as DragEvent).dataTransfer?.files ?? [])];
      const [file, ...left] = files;
      this.notice = left.length ? leftOut(file!.name, left.map((f) => f.name)) : '';
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

/** "Of the 3 files dropped, only a.csv was read: the page shows one file at a time, so b.csv and c.csv were left. …" */
function leftOut(read: string, left: string[]): string {
  const names = left.length <= 3 ? left.join(left.length === 2 ? ' and ' : ', ') : `${left.slice(0, 2).join(', ')} and ${left.length - 2} more`;
  return (
    `Of the ${left.length + 1} files dropped, only ${read} was read: the page shows one file at a time, so ${names} ` +
    `${left.length === 1 ? 'was' : 'were'} left. Drop them one by one to see each.`
  );
}
