/**
 * One of the popup's three lists: its heading with the count, and its content
 * behind a boundary so that one failing list never blanks the others.
 */
import type { ComponentChildren } from 'preact';
import { SectionBoundary } from './section-boundary';

interface Props {
  id: string;
  heading: string;
  count: number;
  /** Shown under the heading, outside the boundary (the quote filter). */
  intro?: ComponentChildren;
  /** Shown after the list, outside the boundary (the low-confidence switch). */
  outro?: ComponentChildren;
  children: ComponentChildren;
}

export function ListSection({ id, heading, count, intro, outro, children }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {heading} <span class="total">{count}</span>
      </h2>
      {intro}
      <SectionBoundary title={heading.toLowerCase()}>{children}</SectionBoundary>
      {outro}
    </section>
  );
}
