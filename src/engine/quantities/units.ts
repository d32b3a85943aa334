/**
 * Units of measurement and currencies as news writes them, each mapped to one
 * canonical singular name ("km", "kilometers" → "kilometre"), so that the same
 * unit reads the same in the popup whatever the spelling.
 */
import type { QuantityType } from '../types';
import { isHyphen, startsUpper, type FineToken } from '../text/fine-tokens';

export interface UnitEntry {
  unit: string;
  type: QuantityType;
}

const measure = (unit: string): UnitEntry => ({ unit, type: 'measure' });
const duration = (unit: string): UnitEntry => ({ unit, type: 'duration' });

// The tables are maps, not objects: a look-up by a key just built ("sq m") needs no interned copy of it, and
// no key that every object inherits ("constructor") can answer.

/** Keys are token texts joined as written: a space where the text has one ("sq m"), none otherwise ("km/h"). */
const CASE_INSENSITIVE = new Map<string, UnitEntry>();
/** Short symbols whose case matters: "m" is a metre, "M" a million; "C" Celsius, "c" nothing. */
const CASE_SENSITIVE = new Map<string, UnitEntry>();

function add(target: Map<string, UnitEntry>, entry: UnitEntry, ...keys: string[]) {
  for (const key of keys) target.set(key, entry);
}
const words = (entry: UnitEntry, ...keys: string[]) => add(CASE_INSENSITIVE, entry, ...keys);
const symbols = (entry: UnitEntry, ...keys: string[]) => add(CASE_SENSITIVE, entry, ...keys);

words(measure('millimetre'), 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters');
words(measure('centimetre'), 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters');
words(measure('metre'), 'metre', 'metres', 'meter', 'meters');
symbols(measure('metre'), 'm');
words(measure('kilometre'), 'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers');
words(measure('nanometre'), 'nanometre', 'nanometres', 'nanometer', 'nanometers');
symbols(measure('nanometre'), 'nm');
words(measure('micrometre'), 'μm', 'µm', 'micron', 'microns', 'micrometre', 'micrometres', 'micrometer', 'micrometers');
words(measure('inch'), 'inch', 'inches', '″');
words(measure('furlong'), 'furlong', 'furlongs');
words(measure('fathom'), 'fathom', 'fathoms');
words(measure('foot'), 'ft', 'foot', 'feet');
words(measure('yard'), 'yd', 'yds', 'yard', 'yards');
words(measure('mile'), 'mile', 'miles', 'mi');
words(measure('nautical mile'), 'nautical mile', 'nautical miles');
words(measure('light year'), 'light year', 'light years', 'light-year', 'light-years');
words(measure('astronomical unit'), 'astronomical unit', 'astronomical units');
words(measure('parsec'), 'parsec', 'parsecs');
words(measure('square metre'), 'sq m', 'sq. m', 'sqm', 'm2', 'm²', 'square metre', 'square metres', 'square meter', 'square meters');
words(measure('square foot'), 'sq ft', 'sq. ft', 'sqft', 'square foot', 'square feet');
words(measure('square kilometre'), 'sq km', 'km2', 'km²', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers');
words(measure('square mile'), 'sq mi', 'square mile', 'square miles');
words(measure('square yard'), 'sq yd', 'square yard', 'square yards');
words(measure('square inch'), 'sq in', 'square inch', 'square inches');
words(measure('acre'), 'acre', 'acres');
words(measure('hectare'), 'hectare', 'hectares', 'ha');
words(measure('litre'), 'litre', 'litres', 'liter', 'liters');
symbols(measure('litre'), 'L');
words(measure('millilitre'), 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters');
words(measure('centilitre'), 'cl', 'centilitre', 'centilitres', 'centiliter', 'centiliters');
words(measure('hectolitre'), 'hectolitre', 'hectolitres', 'hectoliter', 'hectoliters');
words(measure('teaspoon'), 'tsp', 'teaspoon', 'teaspoons');
words(measure('tablespoon'), 'tbsp', 'tablespoon', 'tablespoons');
words(measure('bushel'), 'bushel', 'bushels');
words(measure('gallon'), 'gallon', 'gallons');
words(measure('pint'), 'pint', 'pints');
words(measure('quart'), 'quart', 'quarts');
words(measure('square centimetre'), 'cm2', 'cm²', 'sq cm', 'square centimetre', 'square centimetres', 'square centimeter', 'square centimeters');
words(measure('cubic foot'), 'cubic foot', 'cubic feet', 'cu ft');
words(measure('cubic metre'), 'cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'm3', 'm³');
words(measure('cubic centimetre'), 'cc', 'cm3', 'cm³', 'cubic centimetre', 'cubic centimetres', 'cubic centimeter', 'cubic centimeters');
words(measure('cubic yard'), 'cubic yard', 'cubic yards');
words(measure('cubic inch'), 'cubic inch', 'cubic inches');
words(measure('billion cubic metre'), 'bcm');
words(measure('trillion cubic foot'), 'tcf');
words(measure('barrel'), 'barrel', 'barrels', 'bbl');
words(measure('barrel per day'), 'bpd', 'b/d', 'bbl/d');
words(measure('barrel of oil equivalent'), 'boe');
words(measure('British thermal unit'), 'btu', 'british thermal unit', 'british thermal units');
words(measure('gram'), 'gram', 'grams', 'gramme', 'grammes');
symbols(measure('gram'), 'g');
words(measure('kilogram'), 'kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos');
words(measure('milligram'), 'mg', 'milligram', 'milligrams');
words(measure('microgram'), 'µg', 'μg', 'mcg', 'microgram', 'micrograms');
words(measure('nanogram'), 'ng', 'nanogram', 'nanograms');
words(measure('carat'), 'carat', 'carats', 'karat', 'karats');
words(measure('stone'), 'stone');
words(measure('pound'), 'lb', 'lbs');
words(measure('tonne'), 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes');
words(measure('kilotonne'), 'kiloton', 'kilotons', 'kilotonne', 'kilotonnes');
words(measure('megatonne'), 'megaton', 'megatons', 'megatonne', 'megatonnes');
words(measure('gigatonne'), 'gigaton', 'gigatons', 'gigatonne', 'gigatonnes');
symbols(measure('gigatonne'), 'Gt');
words(measure('ton'), 'ton', 'tons');
words(measure('ounce'), 'oz', 'ounce', 'ounces', 'fluid ounce', 'fluid ounces');
words(measure('mile per hour'), 'mph');
words(measure('kilometre per hour'), 'km/h', 'km/hr', 'kmh', 'kph');
words(measure('metre per second'), 'm/s');
words(measure('kilometre per second'), 'km/s');
words(measure('knot'), 'knot', 'knots');
words(measure('mile per gallon'), 'mpg');
words(measure('watt'), 'watt', 'watts');
symbols(measure('watt'), 'W');
words(measure('kilowatt'), 'kw', 'kilowatt', 'kilowatts');
words(measure('megawatt'), 'mw', 'megawatt', 'megawatts');
words(measure('gigawatt'), 'gw', 'gigawatt', 'gigawatts');
words(measure('terawatt'), 'terawatt', 'terawatts');
words(measure('watt hour'), 'wh', 'watt hour', 'watt hours', 'watt-hour', 'watt-hours');
words(measure('kilowatt hour'), 'kwh', 'kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours');
words(measure('megawatt hour'), 'mwh', 'megawatt hour', 'megawatt hours', 'megawatt-hour', 'megawatt-hours');
words(measure('gigawatt hour'), 'gwh', 'gigawatt hour', 'gigawatt hours', 'gigawatt-hour', 'gigawatt-hours');
words(measure('terawatt hour'), 'twh', 'terawatt hour', 'terawatt hours', 'terawatt-hour', 'terawatt-hours');
words(measure('horsepower'), 'hp', 'horsepower');
symbols(measure('horsepower'), 'PS');
words(measure('brake horsepower'), 'bhp');
words(measure('newton metre'), 'newton metre', 'newton metres');
symbols(measure('newton metre'), 'Nm');
words(measure('lb-ft'), 'lb-ft', 'lb ft');
words(measure('pound-foot'), 'pound-feet', 'pound-foot', 'pound feet');
words(measure('milliampere-hour'), 'mah');
words(measure('volt'), 'volt', 'volts');
symbols(measure('volt'), 'V');
words(measure('kilovolt'), 'kilovolt', 'kilovolts');
symbols(measure('kilovolt'), 'kV');
words(measure('millivolt'), 'millivolt', 'millivolts');
symbols(measure('millivolt'), 'mV');
words(measure('ampere'), 'amp', 'amps', 'ampere', 'amperes');
symbols(measure('ampere'), 'A');
words(measure('milliampere'), 'milliamp', 'milliamps', 'milliampere', 'milliamperes');
symbols(measure('milliampere'), 'mA');
words(measure('ohm'), 'ohm', 'ohms', 'Ω');
words(measure('farad'), 'farad', 'farads');
words(measure('microfarad'), 'microfarad', 'microfarads', 'µf', 'μf');
words(measure('joule'), 'joule', 'joules');
words(measure('kilojoule'), 'kj', 'kilojoule', 'kilojoules');
words(measure('megajoule'), 'megajoule', 'megajoules');
symbols(measure('megajoule'), 'MJ');
words(measure('electronvolt'), 'electronvolt', 'electronvolts', 'electron volt', 'electron volts');
symbols(measure('electronvolt'), 'eV');
words(measure('hertz'), 'hz', 'hertz');
// Units written one way only: a symbol matched as written, or an abbreviation in any case.
for (const [unit, symbol] of [['megaelectronvolt', 'MeV'], ['gigaelectronvolt', 'GeV'], ['teraelectronvolt', 'TeV']]) symbols(measure(unit), symbol);
for (const [unit, abbreviation] of [['kilohertz', 'khz'], ['megahertz', 'mhz'], ['gigahertz', 'ghz'], ['rpm', 'rpm'], ['beat per minute', 'bpm'], ['frame per second', 'fps']]) {
  words(measure(unit), abbreviation);
}
words(measure('megapixel'), 'megapixel', 'megapixels');
symbols(measure('megapixel'), 'MP');
words(measure('teraflop'), 'teraflop', 'teraflops');
words(measure('petaflop'), 'petaflop', 'petaflops');
words(measure('gigabyte'), 'gb', 'gigabyte', 'gigabytes');
words(measure('megabyte'), 'mb', 'megabyte', 'megabytes');
words(measure('terabyte'), 'tb', 'terabyte', 'terabytes');
words(measure('kilobyte'), 'kb', 'kilobyte', 'kilobytes');
words(measure('petabyte'), 'petabyte', 'petabytes');
symbols(measure('petabyte'), 'PB');
words(measure('exabyte'), 'exabyte', 'exabytes');
words(measure('bit'), 'bit', 'bits');
words(measure('byte'), 'byte', 'bytes');
words(measure('kilobit per second'), 'kbps', 'kb/s');
words(measure('megabit per second'), 'mbps', 'mb/s');
words(measure('gigabit per second'), 'gbps', 'gb/s');
words(measure('gigapascal'), 'gpa', 'gigapascal', 'gigapascals');
words(measure('pascal'), 'pascal', 'pascals');
symbols(measure('pascal'), 'Pa');
words(measure('kilopascal'), 'kpa', 'kilopascal', 'kilopascals');
words(measure('hectopascal'), 'hpa', 'hectopascal', 'hectopascals');
words(measure('millibar'), 'mbar', 'millibar', 'millibars');
words(measure('millimetre of mercury'), 'mmhg');
words(measure('atmosphere'), 'atm');
words(measure('psi'), 'psi');
words(measure('decibel'), 'db', 'decibel', 'decibels');
words(measure('parts per million'), 'ppm');
words(measure('parts per billion'), 'ppb');
words(measure('sievert'), 'sievert', 'sieverts');
symbols(measure('sievert'), 'Sv');
words(measure('millisievert'), 'millisievert', 'millisieverts', 'msv');
words(measure('microsievert'), 'microsievert', 'microsieverts', 'µsv', 'μsv');
words(measure('becquerel'), 'becquerel', 'becquerels');
symbols(measure('becquerel'), 'Bq');
words(measure('lumen'), 'lumen', 'lumens');
words(measure('lux'), 'lux');
words(measure('degree'), 'degree', 'degrees', '°', 'º');
// "º" (the ordinal mark) often stands in for the degree sign.
words(measure('degree Celsius'), '°c', 'ºc', 'degrees celsius', 'degree celsius', 'celsius', 'centigrade', 'degrees centigrade', 'degrees c');
words(measure('degree Fahrenheit'), '°f', 'ºf', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'degrees f');
words(measure('kelvin'), 'kelvin', 'kelvins');
symbols(measure('degree Celsius'), 'C');
symbols(measure('degree Fahrenheit'), 'F');
words(measure('calorie'), 'calorie', 'calories');
words(measure('kilocalorie'), 'kcal', 'kilocalorie', 'kilocalories');
words(measure('basis point'), 'basis point', 'basis points', 'bps', 'bp');
words(measure('percentage point'), 'percentage point', 'percentage points', 'percent point', 'percent points', 'pp');
words(duration('millisecond'), 'millisecond', 'milliseconds');
symbols(duration('millisecond'), 'ms');
words(duration('microsecond'), 'microsecond', 'microseconds');
words(duration('nanosecond'), 'nanosecond', 'nanoseconds');
words(duration('second'), 'second', 'seconds', 'sec', 'secs');
words(duration('minute'), 'minute', 'minutes', 'min', 'mins');
words(duration('hour'), 'hour', 'hours', 'hr', 'hrs');
symbols(duration('hour'), 'h');
words(duration('day'), 'day', 'days');
words(duration('week'), 'week', 'weeks');
words(duration('fortnight'), 'fortnight', 'fortnights');
words(duration('month'), 'month', 'months');
words(duration('year'), 'year', 'years', 'yr', 'yrs');
words(duration('decade'), 'decade', 'decades');
words(duration('century'), 'century', 'centuries');
words(duration('millennium'), 'millennium', 'millennia', 'millenniums');
words(measure('year-old'), 'year-old', 'years-old', 'year old', 'years old', 'year-olds');
words(measure('month-old'), 'month-old', 'months-old', 'month old', 'months old');
words(measure('week-old'), 'week-old', 'weeks old');
words(measure('day-old'), 'day-old', 'days old');

/**
 * The longest unit written at token `i` ("square feet" before "feet"), or null. Words joined by a
 * hyphen also read as the words apart ("5,000-square-foot" as "square foot").
 */
export function readMeasureUnit(tokens: FineToken[], i: number): (UnitEntry & { last: number }) | null {
  let key = '';
  let spaced = '';
  /** Whether `spaced` has a hyphen made a space: until then it is `key`, and needs no look-up of its own. */
  let hyphenated = false;
  let best: (UnitEntry & { last: number }) | null = null;
  for (let j = i; j < tokens.length && j < i + 3; j++) {
    const t = tokens[j];
    if (j > i && t.breakBefore) break;
    const hyphen = isHyphen(t) && j > i;
    hyphenated ||= hyphen;
    key += (j > i && t.gapBefore ? ' ' : '') + t.text;
    spaced += (j > i && t.gapBefore ? ' ' : '') + (hyphen ? ' ' : t.text);
    const entry = CASE_SENSITIVE.get(key) ?? CASE_INSENSITIVE.get(key.toLowerCase()) ?? (hyphenated ? CASE_INSENSITIVE.get(spaced.toLowerCase()) : undefined);
    if (entry) best = { ...entry, last: j };
  }
  return best;
}

/** Currency symbols written before an amount, in any case ("$5", "US$5", "c$5", "€5", "R$500"). */
const PREFIX_SYMBOLS = new Map(Object.entries({
  '$': 'dollar', 'us$': 'dollar', 'us $': 'dollar', '$us': 'dollar',
  'a$': 'Australian dollar', '$a': 'Australian dollar', 'au$': 'Australian dollar',
  'c$': 'Canadian dollar', 'ca$': 'Canadian dollar', '$c': 'Canadian dollar',
  'hk$': 'Hong Kong dollar', 'hk $': 'Hong Kong dollar', 'nz$': 'New Zealand dollar', 's$': 'Singapore dollar',
  'nt$': 'New Taiwan dollar', 'mx$': 'Mexican peso', 'r$': 'real', 'e£': 'Egyptian pound',
  '€': 'euro', '£': 'pound', '¥': 'yen', 'y=': 'yen', '₹': 'rupee', '₨': 'rupee', '₩': 'won', '₽': 'ruble',
  '₪': 'shekel', '₺': 'lira', '₦': 'naira', '₱': 'peso', '₫': 'dong', '฿': 'baht', '₴': 'hryvnia', '₸': 'tenge',
  '₭': 'kip', '₼': 'manat', '₾': 'lari', '৳': 'taka', '₵': 'cedi', '₿': 'bitcoin',
}));

/**
 * Currency codes exactly as written, before or after an amount ("USD 5", "EUR 5m", "Rs 4,500",
 * "5 million NOK"): ISO codes count only in capitals, so "usd" or "try" in prose is no currency;
 * codes that news mostly writes as names ("COP26", "RON95" petrol) are left out.
 */
const CURRENCY_CODES = new Map(Object.entries({
  USD: 'dollar', AUD: 'Australian dollar', CAD: 'Canadian dollar', HKD: 'Hong Kong dollar', NZD: 'New Zealand dollar',
  SGD: 'Singapore dollar', TWD: 'New Taiwan dollar', EUR: 'euro', GBP: 'pound', JPY: 'yen', CNY: 'yuan', RMB: 'yuan',
  INR: 'rupee', PKR: 'Pakistani rupee', LKR: 'Sri Lankan rupee', CHF: 'Swiss franc', SEK: 'Swedish krona',
  NOK: 'Norwegian krone', DKK: 'Danish krone', ISK: 'Icelandic krona', PLN: 'zloty', HUF: 'forint', CZK: 'koruna',
  RUB: 'ruble', TRY: 'lira', KRW: 'won', THB: 'baht', IDR: 'rupiah', MYR: 'ringgit', RM: 'ringgit',
  VND: 'dong', MXN: 'Mexican peso', BRL: 'real', ARS: 'Argentine peso', CLP: 'Chilean peso',
  ZAR: 'rand', NGN: 'naira', EGP: 'Egyptian pound', KES: 'Kenyan shilling', AED: 'dirham', SAR: 'riyal',
  QAR: 'Qatari riyal', KWD: 'Kuwaiti dinar', ILS: 'shekel', NIS: 'shekel', UAH: 'hryvnia', BTC: 'bitcoin',
  // Abbreviations written in title case: the rupee ("Rs 500", "Rs. 500"), rupiah, dirham, shilling, taka.
  Rs: 'rupee', 'Rs.': 'rupee', Rp: 'rupiah', Dh: 'dirham', Dhs: 'dirham', KSh: 'Kenyan shilling', Ksh: 'Kenyan shilling',
  Tk: 'taka', SFr: 'Swiss franc',
}));
/** Codes that are only currencies when written against the number ("PS2.7m" is how £ arrives after a bad encoding). */
const ATTACHED_ONLY_PREFIXES = new Map(Object.entries({ ps: 'pound', rm: 'ringgit', rs: 'rupee' }));

const LATIN_CAPITAL_FIRST = /^[A-Z]/;

/**
 * A currency written before the amount starting at token `i`: the currency and
 * the index of the token where the number starts, or null.
 */
export function readCurrencyPrefix(tokens: FineToken[], i: number): { currency: string; numberAt: number } | null {
  let key = '';
  let found: { currency: string; numberAt: number } | null = null;
  for (let j = i; j < tokens.length && j < i + 3; j++) {
    const t = tokens[j];
    if (t.kind === 'num') break;
    if (j > i && t.breakBefore) break;
    key += (j > i && t.gapBefore ? ' ' : '') + t.text;
    const next = tokens[j + 1];
    // The number may follow after a space for codes ("USD 5", "US $58") but not after a bare word symbol.
    const numberNext = next !== undefined && (next.kind === 'num' || ((next.text === '-' || next.text === '−') && tokens[j + 2]?.kind === 'num'));
    // Most calls are at a capitalised word with no number after it: lower-casing the key only where one follows saves a copy each.
    if (!numberNext) continue;
    const lower = key.toLowerCase();
    const currency = PREFIX_SYMBOLS.get(lower) ?? CURRENCY_CODES.get(key);
    if (currency) found = { currency, numberAt: j + 1 };
    else {
      const attached = ATTACHED_ONLY_PREFIXES.get(lower);
      // "PS8.1bn", "PS21,700", but "PS5" is a console: one digit alone is a model number.
      const modelNumber = next.kind === 'num' && next.text.length === 1 && !isScaleSuffix(tokens[j + 2]);
      if (attached && !next.gapBefore && LATIN_CAPITAL_FIRST.test(key) && !modelNumber) found = { currency: attached, numberAt: j + 1 };
    }
  }
  return found;
}

/**
 * Currencies named after the amount: "5 dollars", "1,200€", "3.23 shekels", "10.5 million Australian
 * dollars"; a currency with two spellings keeps the one written ("roubles", "rubles").
 */
const SUFFIX_CURRENCIES = new Map(Object.entries({
  dollar: 'dollar', dollars: 'dollar', bucks: 'dollar', euro: 'euro', euros: 'euro', pound: 'pound', pounds: 'pound',
  sterling: 'pound', quid: 'pound', yen: 'yen', yuan: 'yuan', renminbi: 'yuan', shekel: 'shekel', shekels: 'shekel',
  rupee: 'rupee', rupees: 'rupee', rupiah: 'rupiah', franc: 'franc', francs: 'franc', crown: 'crown', crowns: 'crown',
  krone: 'krone', kroner: 'krone', krona: 'krona', kronor: 'krona', won: 'won', ringgit: 'ringgit', peso: 'peso',
  pesos: 'peso', reais: 'real', rand: 'rand', rouble: 'rouble', roubles: 'rouble', ruble: 'ruble', rubles: 'ruble',
  lira: 'lira', dirham: 'dirham', dirhams: 'dirham', riyal: 'riyal', riyals: 'riyal', rial: 'rial', rials: 'rial',
  dinar: 'dinar', dinars: 'dinar', naira: 'naira', cedi: 'cedi', cedis: 'cedi', shilling: 'shilling', shillings: 'shilling',
  kwacha: 'kwacha', birr: 'birr', zloty: 'zloty', zlotys: 'zloty', zlotych: 'zloty', forint: 'forint', forints: 'forint',
  koruna: 'koruna', korunas: 'koruna', hryvnia: 'hryvnia', hryvnias: 'hryvnia', tenge: 'tenge',
  baht: 'baht', dong: 'dong', taka: 'taka', kyat: 'kyat', kyats: 'kyat', afghani: 'afghani', afghanis: 'afghani',
  manat: 'manat', lari: 'lari', leu: 'leu', lei: 'leu', lev: 'lev', leva: 'lev',
  cent: 'cent', cents: 'cent', penny: 'penny', pennies: 'penny', pence: 'penny', p: 'penny', sen: 'sen', kuna: 'kuna',
  kn: 'kuna', bitcoin: 'bitcoin', bitcoins: 'bitcoin', '€': 'euro', '£': 'pound', '$': 'dollar', '¢': 'cent',
}));

/**
 * A currency after the amount: a code ("5 million NOK"), or a word with any adjectives naming its
 * country ("Australian dollars", "Hong Kong dollars", "Danish crowns").
 */
export function readCurrencySuffix(tokens: FineToken[], i: number): { currency: string; last: number } | null {
  const code = tokens[i] && CURRENCY_CODES.get(tokens[i].text);
  if (code) return { currency: code, last: i };
  let j = i;
  // Up to two capitalised words before the currency word ("Hong Kong").
  while (j < i + 2 && tokens[j]?.kind === 'word' && startsUpper(tokens[j].text) && !SUFFIX_CURRENCIES.has(tokens[j].lower)) j++;
  const t = tokens[j];
  if (!t || (j > i && t.breakBefore)) return null;
  const currency = SUFFIX_CURRENCIES.get(t.lower);
  if (currency === undefined) return null;
  // Symbols after the number must be written against it ("1,200€", "118.5p").
  if ((t.kind === 'sym' || t.text === 'p') && t.gapBefore) return null;
  if (j > i) {
    const name = tokens.slice(i, j + 1).map((x) => x.text).join(' ');
    return { currency: name.replace(/s$/, ''), last: j };
  }
  return { currency, last: j };
}

/** A scale suffix glued to the number before it ("5m", "2bn"). */
function isScaleSuffix(t: FineToken | undefined): boolean {
  return t !== undefined && !t.gapBefore && t.kind === 'word' && suffixScale(t, true) !== null;
}

/** Scale suffixes written against a number or after it: "$5bn", "£300m", "4.3M", "10K", "$2mm". */
export function suffixScale(token: FineToken, isMoney: boolean): number | null {
  switch (token.text) {
    case 'bn': case 'Bn': case 'BN': case 'b': case 'B':
      return token.text.toLowerCase() === 'b' && !isMoney ? null : 1e9;
    case 'mn': case 'mln': case 'M': case 'MN': case 'Mn':
      return 1e6;
    case 'm': case 'mm': case 'MM': // "£5m"; "$5mm" is a banker's million, "5mm" a millimetre
      return isMoney ? 1e6 : null;
    case 'bln':
      return 1e9;
    case 'k': case 'K':
      return 1e3;
    case 'tn': case 'trn': case 'tr': case 'T':
      return token.text === 'T' && !isMoney ? null : 1e12;
    default:
      return null;
  }
}
