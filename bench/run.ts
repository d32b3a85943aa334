/**
 * `npm run bench`: speed, scaling, size and memory of quotelens against the
 * budgets of issue #6. A report, not a test: it exits 0 even when a budget
 * fails, and says which.
 *
 *   npx tsx bench/run.ts                 the full run; writes bench/results/latest.{json,md}
 *   npx tsx bench/run.ts --quick         few repeats, for development on a shared machine; writes nothing
 *   npx tsx bench/run.ts --only a,b      only these sections (engine, scaling, compromise, cli, bundle, browser); writes nothing
 *
 * The browser section needs `npm run build:e2e` (dist-e2e/), the bundle section `npm run build` (dist/)
 * and the cli section `npm run build:cli` (dist-cli/).
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../scripts/shared-corpus';
import { benchBrowser } from './browser';
import { benchBundle } from './bundle';
import { benchCli, CLI_PATH } from './cli';
import { benchCompromise } from './compromise';
import { benchEngine, type TimedText } from './engine';
import type { RunCounts } from './measure';
import { benchPages } from './pages';
import { markdownTable, unmetBudgets, type Figure } from './report';
import { benchScaling } from './scaling';

const SECTIONS = ['engine', 'scaling', 'compromise', 'cli', 'bundle', 'browser'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  quick: boolean;
  sections: Set<Section>;
}

function parseOptions(args: string[]): Options {
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',').filter(Boolean) : [...SECTIONS];
  const unknown = only.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  return { quick: args.includes('--quick'), sections: new Set(only as Section[]) };
}

/** Repeat counts: the full run is what the README quotes; `--quick` only checks that everything runs. */
function repeatCounts(quick: boolean) {
  const counts = (warmup: number, runs: number): RunCounts => ({ warmup, runs });
  return quick
    ? {
        extraction: counts(1, 1),
        engine: counts(2, 3),
        scaling: counts(1, 2),
        compromise: counts(0, 1),
        cliStarts: 3,
        clicks: 3,
        tracedClicks: 1,
        analyseCycles: 10,
      }
    : {
        extraction: counts(1, 5),
        engine: counts(5, 9),
        scaling: counts(1, 5),
        // Compromise gets one shared warm-up (below): per-text warm-ups of the ×256 text would take a minute.
        compromise: counts(0, 3),
        cliStarts: 20,
        clicks: 20,
        tracedClicks: 3,
        analyseCycles: 100,
      };
}

/** Other work on the machine skews every timing: the load average says how busy it was. */
function machine(loadAtStart: number) {
  return {
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage1min: { atStart: loadAtStart, atEnd: loadavg()[0] },
  };
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0];
  const options = parseOptions(process.argv.slice(2));
  const counts = repeatCounts(options.quick);
  const wants = (section: Section) => options.sections.has(section);
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  const appendices: string[] = [];

  const { seed, pages, corpusSkipped } = benchPages();
  if (corpusSkipped) log(corpusSkipped);
  const comparedTexts: TimedText[] = [];

  if (wants('engine') || wants('scaling') || wants('compromise')) {
    // Scaling and compromise alone still need the seed's extracted text, so they read the seed page at least.
    const enginePages = wants('engine') || wants('compromise') ? pages : [seed];
    log(`engine: ${enginePages.length} page(s)`);
    const engine = benchEngine(enginePages, { extraction: counts.extraction, engine: counts.engine });
    if (wants('engine')) {
      figures.push(...engine.figures);
      details.engine = engine.details;
    }
    comparedTexts.push(...engine.texts);
    const seedText = engine.texts.find((text) => text.label === seed.name)?.text;
    if (!seedText) throw new Error(`Readability found no article in the seed page ${seed.file}`);

    if (wants('scaling') || wants('compromise')) {
      log('scaling');
      const scaling = benchScaling(seedText, counts.scaling);
      if (wants('scaling')) {
        figures.push(...scaling.figures);
        details.scaling = scaling.details;
      }
      comparedTexts.push(...scaling.repeatedTexts);
    }
    if (wants('compromise')) {
      log(`compromise: ${comparedTexts.length} texts`);
      const compromise = benchCompromise(comparedTexts, seedText, counts.compromise);
      figures.push(...compromise.figures);
      details.compromise = compromise.details;
    }
  }

  if (wants('cli')) {
    log('cli');
    const cli = await benchCli(CLI_PATH, counts.cliStarts);
    figures.push(...cli.figures);
    details.cli = cli.details;
  }

  if (wants('bundle')) {
    log('bundle');
    const bundle = benchBundle(resolve(REPO_ROOT, 'dist'));
    figures.push(...bundle.figures);
    details.bundle = bundle.details;
    if (bundle.appendix) appendices.push(bundle.appendix);
  }

  if (wants('browser')) {
    log('browser');
    // The most markup is the most work for Readability on the page's main thread.
    const largest = pages.reduce((a, b) => (statSync(b.file).size > statSync(a.file).size ? b : a));
    const browser = await benchBrowser({
      extensionDir: resolve(REPO_ROOT, 'dist-e2e'),
      seedPage: seed,
      largestPage: largest,
      clicks: counts.clicks,
      tracedClicks: counts.tracedClicks,
      analyseCycles: counts.analyseCycles,
    });
    figures.push(...browser.figures);
    details.browser = browser.details;
  }

  const table = [markdownTable(figures), ...appendices].join('\n\n');
  const unmet = unmetBudgets(figures);
  const summary =
    unmet.length === 0
      ? 'All budgets hold.'
      : `Budgets not met (${unmet.length}):\n${unmet.map((figure) => `- ${figure.section}: ${figure.label}${figure.note ? ` (${figure.note})` : ''}`).join('\n')}`;
  process.stdout.write(`${table}\n\n${summary}\n`);

  const partial = options.quick || options.sections.size < SECTIONS.length;
  if (partial) {
    log('a --quick or --only run: bench/results/ left as it was');
    return;
  }
  const when = new Date().toISOString();
  const host = machine(loadAtStart);
  const resultsDir = resolve(REPO_ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const unmetLabels = unmet.map((figure) => `${figure.section}: ${figure.label}`);
  writeFileSync(
    resolve(resultsDir, 'latest.json'),
    `${JSON.stringify({ when, machine: host, corpusSkipped, unmet: unmetLabels, figures, details }, null, 2)}\n`,
  );
  const load = host.loadAverage1min;
  const about =
    `Run ${when} on ${host.cpu} (${host.cores} cores, load average ${load.atStart.toFixed(1)} at the start and ` +
    `${load.atEnd.toFixed(1)} at the end), Node ${host.node}. Reproduce: \`npm run bench\`.`;
  writeFileSync(resolve(resultsDir, 'latest.md'), `# Benchmark\n\n${about}\n\n${table}\n\n${summary}\n`);
  log('wrote bench/results/latest.json and latest.md');
}

await main();
