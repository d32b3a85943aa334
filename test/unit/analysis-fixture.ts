/** A small hand-made analysis for the popup and summary tests: spans point into `text`. */
import type { Analysis, Claim, Quantity, Quote, Speaker } from '../../src/engine/types';
import { popupResultFrom } from '../../src/background/popup-result';
import type { PopupResult, TabAnalysis } from '../../src/shared/tab-analysis';

const text = [
  'Minister Jane Roe said: “We will build 300 homes [phase_1] by *2026*.”',
  'Officials said the army controls 40 percent of the region.',
  'The mayor called it a “scam”.',
].join('\n\n');

const at = (fragment: string) => {
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`not in fixture text: ${fragment}`);
  return { start, end: start + fragment.length, text: fragment };
};

const quote = (id: string, fragment: string, speakerId: string | null, kind: Quote['kind'], confidence = 0.9): Quote => ({
  id,
  ...at(fragment),
  kind,
  cue: null,
  speakerMention: null,
  speakerId,
  confidence,
});

const speaker = (id: string, name: string, role: string | null, organisation: string | null, quoteIds: string[], mention: string): Speaker => ({
  id,
  name,
  aliases: [],
  role,
  organisation,
  kind: 'person',
  mentions: [at(mention)],
  quoteIds,
});

const quantity = (id: string, fragment: string, value: number, unit: string): Quantity => ({
  id,
  ...at(fragment),
  value,
  unit,
  type: 'count',
  change: '=',
});

const claim = (id: string, fragment: string, quantityIds: string[], claimantId: string | null, kinds: Claim['kinds']): Claim => ({
  id,
  ...at(fragment),
  kinds,
  quantityIds,
  places: [],
  claimantId,
  quoteId: null,
  status: 'asserted',
});

export const analysis: Analysis = {
  text,
  speakers: [
    speaker('s1', 'Jane Roe', 'Minister', 'Ministry of Housing', ['q1'], 'Jane Roe'),
    speaker('s2', 'Officials', 'Officials', null, ['q2'], 'Officials'),
    speaker('s3', 'Mayor', 'The mayor', null, ['q3'], 'The mayor'),
  ],
  quotes: [
    quote('q2', 'the army controls 40 percent of the region', 's2', 'indirect'),
    quote('q1', '“We will build 300 homes [phase_1] by *2026*.”', 's1', 'direct'),
    quote('q3', '“scam”', 's3', 'direct', 0.2),
  ],
  quantities: [quantity('n1', '300 homes', 300, 'homes'), quantity('n2', '40 percent', 40, 'percent')],
  claims: [
    claim('c1', 'We will build 300 homes [phase_1] by *2026*', ['n1'], 's1', ['numeric']),
    claim('c2', 'the army controls 40 percent of the region', ['n2'], null, ['numeric', 'territorial']),
  ],
  stats: { words: 30, ms: 1, truncated: false },
};

export const tabAnalysis: TabAnalysis = {
  article: {
    title: 'Housing #1: <b>homes</b> & *plans*',
    siteName: 'Example News',
    byline: null,
    url: 'https://news.example/housing?id=1',
    words: 30,
  },
  analysis,
  highlights: null,
};

/** The same analysis as the popup receives it. */
export const popupResult: PopupResult = popupResultFrom(tabAnalysis);
