/**
 * Every figure the benchmark reports, with its budget where the issue sets one,
 * rendered as one Markdown table. The benchmark is a report: a failed budget is
 * printed, never turned into an exit code.
 */

export interface Budget {
  comparison: '<=' | '<' | '>=';
  limit: number;
}

export interface Figure {
  section: string;
  label: string;
  /** null when the figure could not be measured in this run (see `note`). */
  value: number | null;
  unit: string;
  budget?: Budget;
  note?: string;
}

export type Verdict = 'pass' | 'FAIL' | 'not measured' | '';

/** What every section hands back: its figures for the table, its raw measurements for the JSON. */
export interface SectionResult<Details> {
  figures: Figure[];
  details: Details;
  /** Markdown printed after the figures table, for listings too long to be figures. */
  appendix?: string;
}

export function verdict(figure: Figure): Verdict {
  if (!figure.budget) return '';
  if (figure.value === null) return 'not measured';
  const { comparison, limit } = figure.budget;
  const holds =
    comparison === '<=' ? figure.value <= limit : comparison === '<' ? figure.value < limit : figure.value >= limit;
  return holds ? 'pass' : 'FAIL';
}

/** About three significant figures for fractions (0.412, 1.87, 23.4, 512); integers as they are. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const withUnit = (value: number, unit: string) => (unit ? `${formatNumber(value)} ${unit}` : formatNumber(value));

function budgetText(figure: Figure): string {
  if (!figure.budget) return '';
  const symbol = { '<=': '≤', '<': '<', '>=': '≥' }[figure.budget.comparison];
  return `${symbol} ${withUnit(figure.budget.limit, figure.unit)}`;
}

/** Table cells are single-line and must not contain a column separator. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function markdownTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => {
    const value = figure.value === null ? '—' : withUnit(figure.value, figure.unit);
    return [figure.section, figure.label, value, budgetText(figure), verdict(figure), figure.note ?? ''].map(cell);
  });
  return [
    '| section | figure | value | budget | result | note |',
    '|---|---|---:|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The budgeted figures that did not hold, or could not be measured. */
export function unmetBudgets(figures: readonly Figure[]): Figure[] {
  return figures.filter((figure) => verdict(figure) === 'FAIL' || verdict(figure) === 'not measured');
}
