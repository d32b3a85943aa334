/**
 * Long tasks from a Chrome trace. The page's own `PerformanceObserver`
 * ('longtask', 'long-animation-frame') does not see work done by extension
 * content scripts — they run in an isolated world — so the benchmark traces
 * the page's renderer instead and reads its main thread's tasks.
 */

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    name?: string;
    data?: { frames?: Array<{ url: string; processId: number }> };
    src_func?: string;
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

export interface LongestTask {
  ms: number;
  /** What started the task, as the trace names it: a mojo interface (an extension message) or a scheduler action. */
  cause: string;
}

const MICROSECONDS_PER_MS = 1000;

function rendererMainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  const frame = events
    .filter((event) => event.name === 'TracingStartedInBrowser')
    .flatMap((event) => event.args?.data?.frames ?? [])
    .find((candidate) => candidate.url === pageUrl);
  if (!frame) return null;
  const thread = events.find(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === frame.processId && event.args?.name === 'CrRendererMain',
  );
  return thread ? { pid: thread.pid, tid: thread.tid } : null;
}

/** What Chrome's internal names mean for an extension's work on the page. */
const KNOWN_CAUSES: Record<string, string> = {
  'extensions.mojom.MessagePort': 'a message to the content script',
  'extensions.mojom.LocalFrame': 'injecting the content script',
  ScheduledActionSendBeginMainFrame: 'style, layout and paint',
};

function causeOf(task: TraceEvent, sameThread: TraceEvent[]): string {
  const inside = sameThread.filter((event) => event.ts >= task.ts && event.ts <= task.ts + (task.dur ?? 0));
  const name =
    inside.find((event) => event.args?.chrome_mojo_event_info?.mojo_interface_tag)?.args?.chrome_mojo_event_info
      ?.mojo_interface_tag ??
    inside.find((event) => event.args?.src_func)?.args?.src_func ??
    'task';
  return KNOWN_CAUSES[name] ? `${KNOWN_CAUSES[name]} (${name})` : name;
}

/**
 * The longest top-level task on the main thread of the page at `pageUrl` in a
 * trace recorded with the 'disabled-by-default-devtools.timeline' and
 * 'toplevel' categories; null when the trace does not show that page.
 */
export function longestPageTask(traceJson: string, pageUrl: string): LongestTask | null {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = rendererMainThread(events, pageUrl);
  if (!main) return null;
  const sameThread = events.filter((event) => event.pid === main.pid && event.tid === main.tid);
  const tasks = sameThread.filter((event) => event.name === 'RunTask' && event.ph === 'X');
  if (tasks.length === 0) return { ms: 0, cause: 'no task' };
  const longest = tasks.reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a));
  return { ms: (longest.dur ?? 0) / MICROSECONDS_PER_MS, cause: causeOf(longest, sameThread) };
}
