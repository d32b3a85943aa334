import { render } from 'preact';
import { App } from './app';
import './popup.css';

const root = document.getElementById('root');
if (root) {
  // popup.html shows a static "Analysing…" until the script runs; Preact takes over from there.
  root.replaceChildren();
  render(<App />, root);
}
