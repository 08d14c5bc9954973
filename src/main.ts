import { mount } from 'svelte';
import App from './App.svelte';
import EmbedApp from './EmbedApp.svelte';
import './app.css';
import { applyTheme, readTheme } from './components/controls/theme';

applyTheme(readTheme());

// ?embed=VIEW shows one chart alone, for an iframe; anything else is the dashboard.
const embed = new URLSearchParams(location.search).get('embed');
const target = document.getElementById('app')!;
if (embed !== null) {
  document.documentElement.classList.add('embedded');
  mount(EmbedApp, { target, props: { view: embed } });
} else {
  mount(App, { target });
}
