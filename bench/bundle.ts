/**
 * The size of every file in dist/ (raw and gzip), and of each of the four
 * entry points with everything it loads statically: the content script the
 * worker injects, the popup page, the side panel page, the service worker.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure, SectionResult } from './report';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface EntrySize {
  entry: 'content script' | 'popup' | 'side panel' | 'background';
  /** The entry file and every file it loads without a dynamic import. */
  files: string[];
  bytes: number;
  gzipBytes: number;
  budgetGzipBytes: number;
}

export interface BundleDetails {
  dist: string;
  files: FileSize[];
  entries: EntrySize[];
}

const KB = 1024;
// The side panel is the popup's view in a page of its own: the same budget, issue #15's 30 KB for the
// popup and panel with Voices and contested figures. The background holds the engine and its lexicons
// (issue #11 allows it 120 KB for word knowledge).
export const GZIP_BUDGETS = { 'content script': 20 * KB, popup: 30 * KB, 'side panel': 30 * KB, background: 120 * KB } as const;

const SECTION = 'bundle (dist/)';

function filesUnder(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path).split('\\').join('/')];
  });
}

/** gzip -9, as a browser store or a size badge would measure it. */
function sizeOf(dist: string, file: string): FileSize {
  const content = readFileSync(join(dist, file));
  return { file, bytes: statSync(join(dist, file)).size, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Resolves a URL found in `fromFile` to a dist-relative path: absolute URLs are from the extension root. */
function resolveInDist(fromFile: string, url: string): string {
  const path = url.split(/[?#]/)[0];
  return path.startsWith('/') ? path.slice(1) : posix.normalize(posix.join(posix.dirname(fromFile), path));
}

/**
 * What a file pulls in when it loads: a page's scripts and stylesheets, a
 * module's static imports (`import … from "./x.js"`, `import "./x.js"`).
 * Dynamic `import()` is left out on purpose: it loads later, on demand.
 */
function staticDependencies(dist: string, file: string): string[] {
  const source = readFileSync(join(dist, file), 'utf8');
  const urls = file.endsWith('.html')
    ? [...source.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:m?js|css))"/g)].map((match) => match[1])
    : file.endsWith('.js')
      ? [...source.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g)].map(
          (match) => match[1],
        )
      : [];
  return urls.filter((url) => !/^[a-z]+:/i.test(url)).map((url) => resolveInDist(file, url));
}

function closure(dist: string, entryFiles: string[]): string[] {
  const seen = new Set<string>();
  const pending = [...entryFiles];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    pending.push(...staticDependencies(dist, file));
  }
  return [...seen].sort();
}

interface BuiltManifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  side_panel?: { default_path?: string };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
}

/**
 * Scripts the worker injects with `scripting.executeScript({ files })`: the
 * dist files its code names in a string literal without importing them.
 */
function injectedScripts(dist: string, backgroundFiles: string[], allFiles: string[]): string[] {
  const code = backgroundFiles.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(dist, file), 'utf8'));
  const named = new Set(code.flatMap((source) => [...source.matchAll(/["'`]\/?([\w./-]+\.js)["'`]/g)].map((match) => match[1])));
  return allFiles.filter((file) => file.endsWith('.js') && named.has(file) && !backgroundFiles.includes(file));
}

function entryFilesOf(dist: string, allFiles: string[]): Record<EntrySize['entry'], string[]> {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
  const declaredContentScripts = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  const background = manifest.background?.service_worker ? [manifest.background.service_worker] : [];
  return {
    // The store build declares no content scripts: the worker injects one on the reader's click.
    'content script': [...declaredContentScripts, ...injectedScripts(dist, closure(dist, background), allFiles)],
    popup: manifest.action?.default_popup ? [manifest.action.default_popup] : [],
    'side panel': manifest.side_panel?.default_path ? [manifest.side_panel.default_path] : [],
    background,
  };
}

export function benchBundle(dist: string): SectionResult<BundleDetails | { skipped: string }> {
  if (!existsSync(join(dist, 'manifest.json'))) {
    const skipped = `no build at ${dist}: run \`npm run build\` first`;
    return {
      figures: Object.entries(GZIP_BUDGETS).map(([entry, budget]) => ({
        section: SECTION,
        label: `${entry}, gzip`,
        value: null,
        unit: 'KB',
        budget: { comparison: '<=', limit: budget / KB },
        note: skipped,
      })),
      details: { skipped },
    };
  }
  const allFiles = filesUnder(dist).sort();
  const sizes = new Map(allFiles.map((file) => [file, sizeOf(dist, file)]));
  const entries = Object.entries(entryFilesOf(dist, allFiles)).map(([entry, entryFiles]): EntrySize => {
    const files = closure(dist, entryFiles);
    return {
      entry: entry as EntrySize['entry'],
      files,
      bytes: files.reduce((sum, file) => sum + sizes.get(file)!.bytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + sizes.get(file)!.gzipBytes, 0),
      budgetGzipBytes: GZIP_BUDGETS[entry as EntrySize['entry']],
    };
  });
  const figures: Figure[] = [
    ...entries.map(
      (entry): Figure => ({
        section: SECTION,
        label: `${entry.entry}, gzip`,
        // An entry missing from the build must not pass its budget with zero bytes.
        value: entry.files.length > 0 ? entry.gzipBytes / KB : null,
        unit: 'KB',
        budget: { comparison: '<=', limit: entry.budgetGzipBytes / KB },
        note:
          entry.files.length > 0
            ? `${entry.files.length} file(s), ${(entry.bytes / KB).toFixed(1)} KB raw`
            : 'entry not found in the build',
      }),
    ),
  ];
  const appendix = [
    `Every file in ${basename(dist)}/:`,
    '',
    '| file | bytes | gzip bytes |',
    '|---|---:|---:|',
    ...[...sizes.values()].map((size) => `| ${size.file} | ${size.bytes.toLocaleString('en-US')} | ${size.gzipBytes.toLocaleString('en-US')} |`),
  ].join('\n');
  return { figures, details: { dist: resolve(dist), files: [...sizes.values()], entries }, appendix };
}
