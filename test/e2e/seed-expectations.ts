/** What a reader expects quotelens to find in the seed article (test/fixtures/seed/article.html), in any browser. */
export const SEED_TITLE = 'US’s Blinken says Taliban actions ‘inconsistent’ with pursuit of peace';

/** The seed's named speakers and a quote a reader would expect listed under each. */
export const SEED_SPEAKERS = [
  { name: 'Antony Blinken', role: 'Secretary of State', quote: 'Actions that try to take the country by force' },
  { name: 'Suhail Shaheen', role: 'Taliban spokesman', quote: 'more than 80 percent of the territory' },
  { name: 'Deborah Lyons', role: 'United Nations', quote: 'tragic course of action' },
  { name: 'Andrew Watkins', role: 'International Crisis Group', quote: 'The fall of Kabul is not imminent' },
  { name: 'Abdul Ghani Baradar', role: 'political office', quote: 'intra-Afghan peace talks' },
];
