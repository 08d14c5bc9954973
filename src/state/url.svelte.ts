/**
 * The query string as reactive state: the only home of the selection.
 * Changes push a history entry, so back and forward walk through selections.
 */
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
}
