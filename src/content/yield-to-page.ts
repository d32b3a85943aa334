/**
 * Ends the content script's current task so the page can handle input and
 * render before the work goes on: the extension must not hold up the page's
 * main thread for long (budget: no task over 50 ms).
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  // scheduler.yield resumes ahead of other queued tasks; setTimeout(0) behind them, where it is missing.
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}
