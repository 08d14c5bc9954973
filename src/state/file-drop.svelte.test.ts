import { describe, expect, it, vi } from 'vitest';
import { FileDrop } from './file-drop.svelte';

/** A drag event as the browser sends it: what is dragged, and where the pointer goes next. */
function drag(type: string, kinds: string[], files: File[] = [], relatedTarget: object | null = null) {
  const event = new Event(type, { cancelable: true });
  return Object.assign(event, { dataTransfer: { types: kinds, files }, relatedTarget });
}

describe('FileDrop', () => {
  it.each([
    { name: 'a file dragged over the page', event: drag('dragover', ['Files']), dragging: true },
    { name: 'text dragged over the page', event: drag('dragover', ['text/plain']), dragging: false },
  ])('$name: dragging is $dragging', ({ event, dragging }) => {
    const drop = new FileDrop(() => {});
    const target = new EventTarget();
    drop.listen(target);
    target.dispatchEvent(event);
    expect(drop.dragging).toBe(dragging);
  });

  it('loads the first file dropped, and stops saying where to drop it', () => {
    const onfile = vi.fn();
    const drop = new FileDrop(onfile);
    const target = new EventTarget();
    drop.listen(target);
    const file = new File(['text,group\n'], 'a.csv');
    target.dispatchEvent(drag('dragover', ['Files']));
    const dropped = drag('drop', ['Files'], [file, new File([''], 'b.csv')]);
    target.dispatchEvent(dropped);
    expect(onfile).toHaveBeenCalledExactlyOnceWith(file);
    expect(dropped.defaultPrevented).toBe(true);
    expect(drop.dragging).toBe(false);
  });

  it('says which files it left when several are dropped at once, and says nothing after a single one', () => {
    const drop = new FileDrop(() => {});
    const target = new EventTarget();
    drop.listen(target);
    const files = ['a.csv', 'b.csv', 'c.tsv'].map((name) => new File([''], name));
    target.dispatchEvent(drag('drop', ['Files'], files));
    expect(drop.notice).toBe('Of the 3 files dropped, only a.csv was read: the page shows one file at a time, so b.csv and c.tsv were left. Drop them one by one to see each.');
    target.dispatchEvent(drag('drop', ['Files'], [files[1]!]));
    expect(drop.notice).toBe('');
  });

  it('keeps the overlay while the drag moves between elements, and drops it when the drag leaves the window', () => {
    const drop = new FileDrop(() => {});
    const target = new EventTarget();
    drop.listen(target);
    target.dispatchEvent(drag('dragover', ['Files']));
    target.dispatchEvent(drag('dragleave', ['Files'], [], {}));
    expect(drop.dragging).toBe(true);
    target.dispatchEvent(drag('dragleave', ['Files']));
    expect(drop.dragging).toBe(false);
  });

  it('listens no more once stopped', () => {
    const onfile = vi.fn();
    const drop = new FileDrop(onfile);
    const target = new EventTarget();
    drop.listen(target)();
    target.dispatchEvent(drag('drop', ['Files'], [new File([''], 'a.csv')]));
    expect(onfile).not.toHaveBeenCalled();
  });
});
