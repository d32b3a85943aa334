/**
 * Keeps one broken section from blanking the popup: the section is replaced by
 * a sentence and the others still render.
 */
import { Component, type ComponentChildren } from 'preact';
import { t } from '../shared/i18n';

interface Props {
  title: string;
  children: ComponentChildren;
}

export class SectionBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(`Quotelens: the ${this.props.title} section failed`, error);
  }

  render() {
    if (this.state.failed) return <p class="empty">{t('sectionFailed', this.props.title)}</p>;
    return this.props.children;
  }
}
