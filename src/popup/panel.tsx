import { render } from 'preact';
import { PanelApp } from './panel-app';
import './popup.css';

const root = document.getElementById('root');
if (root) {
  // panel.html shows a static "Analysing…" until the script runs; Preact takes over from there.
  root.replaceChildren();
  render(<PanelApp />, root);
}
