import { render } from 'preact';
import { t } from '../shared/i18n';
import '../popup/popup.css';
import { OptionsPage } from './options-page';
import './options.css';

const root = document.getElementById('root');
if (root) {
  document.title = t('optionsTitle');
  render(<OptionsPage />, root);
}
