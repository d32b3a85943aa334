import { useState } from 'preact/hooks';
import { buildMarkdownSummary } from '../shared/markdown-summary';
import type { TabAnalysis } from '../shared/tab-analysis';

type CopyStatus = 'idle' | 'copied' | 'failed';

/** Writes the Markdown summary on the reader's click (no clipboard permission needed for that). */
export function CopySummaryButton({ result }: { result: TabAnalysis }) {
  const [status, setStatus] = useState<CopyStatus>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(buildMarkdownSummary(result));
      setStatus('copied');
    } catch (error) {
      console.warn('Quotelens: could not copy the summary', error);
      setStatus('failed');
    }
  };

  return (
    <div class="copy">
      <button type="button" class="primary" data-testid="copy-summary" onClick={copy}>
        Copy summary
      </button>
      <span class="copy-status" role="status" data-copy-status={status}>
        {status === 'copied' && 'Summary copied as Markdown.'}
        {status === 'failed' && 'Couldn’t copy: the browser refused clipboard access.'}
      </span>
    </div>
  );
}
