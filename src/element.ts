/**
 * <stakeholder-sentiment-chart src="statements.csv" view="quadrant" groups="a,b" fit="statements">
 *
 * The enthusiasm-vs-concern chart as a custom element, for pages that prefer
 * a tag to an iframe. Its styles live in its shadow root, so the page's CSS
 * and the chart's never touch: the theme and shared styles (app.css) are copied
 * in here, and each component adds its own there (see vite.config.ts). Built as its own bundle (npm run build); the
 * bundle and its worker file must be served from the page's own site, as
 * browsers run workers only from the page's origin.
 */
import { mount, unmount } from 'svelte';
import styles from './app.css?inline';
import ElementChart from './ElementChart.svelte';

class StakeholderSentimentChart extends HTMLElement {
  static observedAttributes = ['src', 'view', 'groups', 'fit'];
  #app: ReturnType<typeof mount> | undefined;

  connectedCallback() {
    this.#render();
  }

  attributeChangedCallback() {
    if (this.#app) this.#render();
  }

  disconnectedCallback() {
    if (this.#app) unmount(this.#app);
    this.#app = undefined;
  }

  #render() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (this.#app) unmount(this.#app);
    root.replaceChildren();
    const style = document.createElement('style');
    // The page's :root is outside the shadow tree: the theme variables go on the host instead.
    style.textContent = styles.replace(/:root/g, ':host');
    const target = document.createElement('div');
    target.className = 'element-root';
    root.append(style, target);
    this.#app = mount(ElementChart, {
      target,
      props: {
        src: this.getAttribute('src') ?? '',
        view: this.getAttribute('view') ?? 'quadrant',
        groups: this.getAttribute('groups'),
        fit: this.getAttribute('fit'),
      },
    });
  }
}

if (!customElements.get('stakeholder-sentiment-chart')) {
  customElements.define('stakeholder-sentiment-chart', StakeholderSentimentChart);
}
