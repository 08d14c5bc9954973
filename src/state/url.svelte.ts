/**
 * The query string as reactive state: the only home of the selection.
 * `push` adds a history entry, so back and forward walk through selections;
 * `replace` corrects the current one without adding a step.
 */
import { decodePart } from '../lib/url/decode';

export class UrlState {
  search = $state(location.search);

  constructor() {
    addEventListener('popstate', () => (this.search = location.search));
  }

  push(search: string) {
    if (search === this.search) return;
    history.pushState(null, '', search || location.pathname);
    this.search = search;
  }

  replace(search: string) {
    if (search === this.search) return;
    history.replaceState(null, '', search || location.pathname);
    this.search = search;
  }

  /** The query string without these parameters. */
  without(...names: string[]): string {
    const params = this.search
      .replace(/^\?/, '')
      .split('&')
      .filter((pair) => {
        const name = pair.split('=')[0]!;
        return pair && !names.includes(decodePart(name) ?? name);
      });
    return params.length ? `?${params.join('&')}` : '';
  }
}
