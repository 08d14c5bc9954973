import { mount } from 'svelte';
import App from './App.svelte';
import EmbedApp from './EmbedApp.svelte';
import './app.css';
import { applyTheme, readTheme } from './components/controls/theme';
import { PUBLISHED_META, publishedStart } from './lib/export/published';

applyTheme(readTheme());

// A published copy opens on the data and filters it was published with, unless its link asks for others.
const start = publishedStart(document.querySelector<HTMLMetaElement>(`meta[name="${PUBLISHED_META}"]`)?.content);
if (start && !location.search) history.replaceState(null, '', start + location.hash);

// ?embed=VIEW shows one chart alone, for an iframe; anything else is the dashboard.
const embed = new URLSearchParams(location.search).get('embed');
const target = document.getElementById('app')!;
if (embed !== null) {
  document.documentElement.classList.add('embedded');
  mount(EmbedApp, { target, props: { view: embed } });
} else {
  mount(App, { target });
}
