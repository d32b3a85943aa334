import { describe, expect, it } from 'vitest';
import { longestPageTask } from './trace';

const PAGE = 'http://127.0.0.1:4000/article.html';
const RENDERER = 200;
const OTHER_RENDERER = 300;

const metadata = [
  { name: 'TracingStartedInBrowser', ph: 'I', pid: 1, tid: 1, ts: 0, args: { data: { frames: [{ url: PAGE, processId: RENDERER }] } } },
  { name: 'thread_name', ph: 'M', pid: RENDERER, tid: 7, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: RENDERER, tid: 8, ts: 0, args: { name: 'Compositor' } },
  { name: 'thread_name', ph: 'M', pid: OTHER_RENDERER, tid: 7, ts: 0, args: { name: 'CrRendererMain' } },
];

const task = (pid: number, tid: number, ts: number, durMs: number) => ({ name: 'RunTask', ph: 'X', pid, tid, ts, dur: durMs * 1000 });

describe('longestPageTask', () => {
  it("takes the longest task of the page's main thread and names what started it", () => {
    const trace = {
      traceEvents: [
        ...metadata,
        task(RENDERER, 7, 1000, 12),
        task(RENDERER, 7, 100_000, 70),
        {
          name: 'Receive mojo message',
          ph: 'X',
          pid: RENDERER,
          tid: 7,
          ts: 100_010,
          dur: 69_000,
          args: { chrome_mojo_event_info: { mojo_interface_tag: 'extensions.mojom.MessagePort' } },
        },
      ],
    };
    expect(longestPageTask(JSON.stringify(trace), PAGE)).toEqual({
      ms: 70,
      cause: 'a message to the content script (extensions.mojom.MessagePort)',
    });
  });

  it('ignores other threads and other pages', () => {
    const trace = [...metadata, task(RENDERER, 7, 1000, 5), task(RENDERER, 8, 1000, 300), task(OTHER_RENDERER, 7, 1000, 400)];
    expect(longestPageTask(JSON.stringify(trace), PAGE)?.ms).toBe(5);
  });

  it('is null when the trace does not show the page', () => {
    expect(longestPageTask(JSON.stringify(metadata), 'http://127.0.0.1:4000/other.html')).toBeNull();
  });
});
