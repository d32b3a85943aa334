/**
 * A button that writes text to the clipboard on the reader's click (no
 * clipboard permission needed for that) and says whether it worked.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';

type CopyStatus = 'idle' | 'copied' | 'failed';

interface Props {
  testId: string;
  label: string;
  /** Tooltip. */
  title?: string;
  /** For a short visible label ("Copy"): the full name screen readers announce, starting with the label. */
  accessibleName?: string;
  class?: string;
  /** What to copy: built on click, so it reflects the settings at that moment. */
  text: () => string | Promise<string>;
  copiedMessage: string;
}

export function ClipboardButton({ testId, label, title, accessibleName, class: className = 'primary', text, copiedMessage }: Props) {
  const [status, setStatus] = useState<CopyStatus>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await text());
      setStatus('copied');
    } catch (error) {
      console.warn('Quotelens: could not copy', error);
      setStatus('failed');
    }
  };

  return (
    <>
      <button type="button" class={className} data-testid={testId} title={title ?? accessibleName} aria-label={accessibleName} onClick={copy}>
        {label}
      </button>
      <span class="copy-status" role="status" data-copy-status={status}>
        {status === 'copied' && copiedMessage}
        {status === 'failed' && t('copyFailed')}
      </span>
    </>
  );
}
