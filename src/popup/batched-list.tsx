/**
 * A list that renders a long article's items a batch at a time. A 200,000-word
 * article has thousands of quotes and claims: rendering them all in one go
 * froze the popup for over a second. The first batch shows at once; "Show all
 * N" adds the rest one batch per task, so the popup keeps answering meanwhile.
 */
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

/** Items per batch: the first screenful and then some, and cheap enough to render within one frame budget. */
export const LIST_BATCH_SIZE = 100;

interface Props<T> {
  items: T[];
  class: string;
  /** Renders one `<li>`. A new function (the parent re-rendered) renders every shown batch again. */
  renderItem: (item: T) => ComponentChildren;
  /** Names the "Show all" button for tests: `show-all-<testId>`. */
  testId: string;
}

export function BatchedList<T>({ items, class: className, renderItem, testId }: Props<T>) {
  const batches = useMemo(() => splitIntoBatches(items, LIST_BATCH_SIZE), [items]);
  const [shown, setShown] = useState(1);
  const [showingAll, setShowingAll] = useState(false);

  useEffect(() => {
    if (!showingAll || shown >= batches.length) return;
    const timer = setTimeout(() => setShown(shown + 1), 0);
    return () => clearTimeout(timer);
  }, [showingAll, shown, batches.length]);

  return (
    <>
      <ul class={className}>
        {batches.slice(0, shown).map((batch, index) => (
          <Batch key={index} items={batch} renderItem={renderItem} />
        ))}
      </ul>
      {!showingAll && shown < batches.length && (
        <button type="button" class="link toggle" data-testid={`show-all-${testId}`} onClick={() => setShowingAll(true)}>
          {t('showAllItems', items.length.toLocaleString('en'))}
        </button>
      )}
    </>
  );
}

function splitIntoBatches<T>(items: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

interface BatchProps<T> {
  items: T[];
  renderItem: (item: T) => ComponentChildren;
}

/**
 * Skips re-rendering while its items and renderer are the same: adding a batch
 * (the list's own state) must not redo the thousands of items already shown.
 */
class Batch<T> extends Component<BatchProps<T>> {
  shouldComponentUpdate(next: BatchProps<T>): boolean {
    return next.items !== this.props.items || next.renderItem !== this.props.renderItem;
  }

  render() {
    return this.props.items.map(this.props.renderItem);
  }
}
