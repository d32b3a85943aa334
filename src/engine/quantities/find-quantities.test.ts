import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { growthRatio, LINEAR_FOR_TENFOLD } from '../../../test/support/growth';
import { findQuantities, isMeasuredQuantity } from './find-quantities';
import type { Quantity } from '../types';

/** The one quantity whose text is `surface` in `text`. */
function only(text: string, surface: string): Quantity {
  const found = findQuantities(text).filter((q) => q.text === surface);
  expect(found, `quantities of ${JSON.stringify(text)}: ${findQuantities(text).map((q) => q.text).join(' | ')}`).toHaveLength(1);
  return found[0];
}

describe('findQuantities: numbers in digits', () => {
  it('reads thousands separators and decimals', () => {
    expect(only('The firm will cut 6,650 jobs this spring.', '6,650 jobs')).toMatchObject({ value: 6650, unit: 'jobs', type: 'count' });
    expect(only('Inflation stood at 1.5 points.', '1.5 points').value).toBe(1.5);
    expect(only('The error rate fell to .004 percent.', '.004 percent').value).toBe(0.004);
  });

  it('applies scale words and suffixes', () => {
    expect(only('The city has 1.2 million residents.', '1.2 million residents').value).toBe(1_200_000);
    expect(only('The deal is worth $5bn to the company.', '$5bn')).toMatchObject({ value: 5e9, unit: 'dollar', type: 'money' });
    expect(only('A £300m stadium was approved.', '£300m')).toMatchObject({ value: 3e8, unit: 'pound', type: 'money' });
    expect(only('Sales reached 4.3M units.', '4.3M units').value).toBe(4_300_000);
  });

  it('reads scale abbreviations set apart from the number, and scale words hyphened to it', () => {
    expect(only('The lender raised $300 mn in bonds.', '$300 mn')).toMatchObject({ value: 3e8, unit: 'dollar' });
    expect(only('The plan would save 1.2 bln dollars.', '1.2 bln dollars')).toMatchObject({ value: 1.2e9, unit: 'dollar' });
    expect(only('Debt rose to $3 tn.', '$3 tn').value).toBe(3e12);
    expect(only('It is a $5-million renovation.', '$5-million')).toMatchObject({ value: 5e6, unit: 'dollar' });
    expect(only('A 1.2-billion-euro loan was agreed.', '1.2-billion-euro')).toMatchObject({ value: 1.2e9, unit: 'euro' });
  });

  it('gives scaled amounts the value as written, without binary remainders', () => {
    expect(only('Sales reached $4.1 billion.', '$4.1 billion').value).toBe(4_100_000_000);
    expect(only('The city has 8.7 million residents.', '8.7 million residents').value).toBe(8_700_000);
  });

  it('reads decimal commas before a scale or a percent, and thousands set off by points', () => {
    expect(only('Profit rose to 2,5 million euros.', '2,5 million euros')).toMatchObject({ value: 2.5e6, unit: 'euro' });
    expect(only('Growth slowed to 0,8 percent.', '0,8 percent').value).toBe(0.8);
    expect(only('An espresso costs €1,20 there.', '€1,20').value).toBe(1.2);
    expect(only('The region has 1.200.000 inhabitants.', '1.200.000 inhabitants').value).toBe(1_200_000);
    expect(only('The arena seats 45.000 fans.', '45.000 fans').value).toBe(45_000);
    expect(only('The bond gained 1.125 points.', '1.125 points').value).toBe(1.125);
    expect(findQuantities('Teams scored 1,2 and 3 goals.').map((q) => q.value)).toEqual([1, 2, 3]);
  });

  it('reads fractions written with a slash or as one character, alone or after a whole number', () => {
    expect(only('Stir in 2½ cups of stock.', '2½ cups')).toMatchObject({ value: 2.5, unit: 'cups' });
    expect(only('The plank is 1 1/2 inches thick.', '1 1/2 inches')).toMatchObject({ value: 1.5, unit: 'inch' });
    expect(only('The jump was 7 ¾ metres.', '7 ¾ metres')).toMatchObject({ value: 7.75, unit: 'metre' });
    expect(only('Use a 3/8-inch drill bit.', '3/8-inch')).toMatchObject({ value: 0.375, unit: 'inch' });
    expect(only('Only ¼ of the seats were sold.', '¼')).toMatchObject({ value: 0.25, of: 'the seats' });
    expect(findQuantities('The vote on 3/4 was close.')).toEqual([]); // a date, not three quarters
  });

  it('reads thousands set off by spaces', () => {
    expect(only('The arena holds 45 000 fans.', '45 000 fans')).toMatchObject({ value: 45_000, unit: 'fans' });
    expect(only('The villa sold for 2 750 000 euros.', '2 750 000 euros')).toMatchObject({ value: 2_750_000, unit: 'euro' });
    expect(findQuantities('In 2016 350 delegates met.').map((q) => q.text)).toEqual(['2016', '350 delegates']);
  });

  it('reads multiples', () => {
    expect(only('Imports grew fivefold in a decade.', 'fivefold')).toMatchObject({ value: 5, unit: 'fold', change: 'up' });
    expect(only('Demand rose 2.5-fold.', '2.5-fold')).toMatchObject({ value: 2.5, unit: 'fold' });
    expect(only('The stock returned 12x its price.', '12x')).toMatchObject({ value: 12, unit: 'times' });
    expect(only('The panel is 1,920 x 1,080 pixels.', '1,080 pixels').value).toBe(1080);
  });

  it('reads a K glued to a small number before a singular noun as a resolution, not thousands', () => {
    expect(findQuantities('The set streams 4K video.')).toEqual([]);
    expect(only('The page has 40K followers.', '40K followers').value).toBe(40_000);
  });

  it('keeps a unit glued to its number at the end of a sentence', () => {
    expect(only('Overnight it fell to minus 12C.', 'minus 12C')).toMatchObject({ value: -12, unit: 'degree Celsius' });
    expect(only('The camera has a 48MP sensor.', '48MP').unit).toBe('megapixel');
  });

  it('keeps metres apart from millions', () => {
    expect(only('The wall is 12m high.', '12m')).toMatchObject({ value: 12, unit: 'metre', type: 'measure' });
    expect(only('The field pumps 1.2m barrels a day.', '1.2m barrels a day')).toMatchObject({ value: 1.2e6, unit: 'barrel per day' });
    expect(only('The port handled 3m tonnes of grain.', '3m tonnes')).toMatchObject({ value: 3e6, unit: 'tonne' });
  });
});

describe('findQuantities: numbers in words', () => {
  it('reads long written-out numbers', () => {
    expect(only('The bridge cost two hundred and fifty million dollars.', 'two hundred and fifty million dollars'))
      .toMatchObject({ value: 2.5e8, unit: 'dollar', type: 'money' });
    expect(only('The talks lasted one and a half hours.', 'one and a half hours')).toMatchObject({ value: 1.5, unit: 'hour' });
    expect(only('Tens of thousands of fans marched.', 'Tens of thousands of fans')).toMatchObject({ low: 1e4, high: 1e5 });
  });

  it('reads cardinals, dozens and compounds', () => {
    expect(only('Five soldiers were hurt.', 'Five soldiers')).toMatchObject({ value: 5, unit: 'soldiers' });
    expect(only('They fired twenty-five rockets.', 'twenty-five rockets').value).toBe(25);
    expect(only('Officials counted three thousand ballots.', 'three thousand ballots').value).toBe(3000);
    expect(only('She bought a dozen eggs.', 'a dozen eggs').value).toBe(12);
  });

  it('reads fractions as shares with what they are of', () => {
    const twoThirds = only('Two-thirds of the voters stayed home.', 'Two-thirds');
    expect(twoThirds.value).toBeCloseTo(2 / 3);
    expect(twoThirds.of).toBe('the voters');
    expect(only('Almost half of the staff left.', 'Almost half')).toMatchObject({ value: 0.5, change: '~' });
    expect(only('Just over half voted.', 'over half')).toMatchObject({ value: 0.5, change: '>' });
    expect(findQuantities('They led at half time and she won a third term.')).toEqual([]);
    expect(findQuantities('Sales fell for a fifth straight month.')).toEqual([]);
    expect(only('Output grew by a fifth last year.', 'a fifth')).toMatchObject({ value: 0.2, unit: null, change: 'up' });
    expect(only('Staff numbers grew by a third.', 'a third')).toMatchObject({ value: 1 / 3, change: 'up' });
    expect(only('Costs were cut by half.', 'half')).toMatchObject({ value: 0.5, change: 'down' });
    expect(only('The tank holds 1/4 of a gallon.', '1/4 of a gallon')).toMatchObject({ value: 0.25, unit: 'gallon' });
  });

  it('reads dozens, lakhs and crores as scales', () => {
    expect(only('Police detained two dozen protesters.', 'two dozen protesters')).toMatchObject({ value: 24, unit: 'protesters' });
    expect(only('A half-dozen firms bid.', 'A half-dozen firms').value).toBe(6);
    expect(only('Half a dozen boats sank.', 'Half a dozen boats').value).toBe(6);
    expect(only('A few dozen homes flooded.', 'A few dozen homes')).toMatchObject({ low: 24, high: 60 });
    expect(only('The first dozen games were free.', 'dozen games').value).toBe(12);
    expect(only('A half dozen boats sank.', 'A half dozen boats').value).toBe(6);
    expect(only('The fund lent 30 lakh rupees.', '30 lakh rupees')).toMatchObject({ value: 3e6, unit: 'rupee' });
    expect(only('The scheme will cost five crore rupees.', 'five crore rupees').value).toBe(5e7);
  });

  it.each([
    ['Half a million people marched.', 'Half a million people', { value: 500_000, unit: 'people' }],
    ['A quarter of a billion dollars was lost.', 'A quarter of a billion dollars', { value: 2.5e8, unit: 'dollar' }],
    ['Three-quarters of a million homes lost power.', 'Three-quarters of a million homes', { value: 750_000 }],
    ['The club has a half-million members.', 'a half-million members', { value: 500_000 }],
    ['A half million fans came.', 'A half million fans', { value: 500_000 }],
  ])('reads a fraction of a scale word as that many: %s', (text, quantity, reading) => {
    expect(only(text, quantity)).toMatchObject(reading);
  });

  it('reads vague amounts as ranges', () => {
    const several = only('Several hundred protesters gathered.', 'Several hundred protesters');
    expect(several).toMatchObject({ value: null, low: 300, high: 900, unit: 'protesters' });
    expect(only('Dozens of homes were flooded.', 'Dozens of homes')).toMatchObject({ low: 12, high: 120, unit: 'homes' });
    expect(only('Tens of thousands of fans came.', 'Tens of thousands of fans')).toMatchObject({ low: 1e4, high: 1e5 });
  });

  it('reads shares: "one in three", "two in every five", "nine out of ten"', () => {
    expect(only('Only one in three voters agreed.', 'one in three voters')).toMatchObject({ value: 1 / 3, of: 'voters' });
    expect(only('Two in every five homes flooded.', 'Two in every five homes').value).toBe(0.4);
    expect(only('It was found in 3 out of every 4 samples.', '3 out of every 4 samples').value).toBe(0.75);
    expect(only('Nine out of ten dentists agree.', 'Nine out of ten dentists').value).toBe(0.9);
    expect(findQuantities('She is the only one in the room.')).toEqual([]);
  });

  it('leaves "one" as a pronoun alone', () => {
    expect(findQuantities('Each one of them was checked, and no one complained.')).toHaveLength(0);
    expect(findQuantities('She was the only one.')).toHaveLength(0);
    expect(only('Only one bridge is open.', 'one bridge')).toMatchObject({ value: 1, unit: 'bridge' });
  });
});

describe('findQuantities: percentages and units', () => {
  it('reads the three ways to write percent', () => {
    expect(only('A 25-percent tariff applies.', '25-percent')).toMatchObject({ value: 25, unit: 'percent', type: 'percent' });
    for (const surface of ['80%', '80 percent', '80 per cent']) {
      expect(only(`They hold ${surface} of the country.`, surface)).toMatchObject({ value: 80, unit: 'percent', type: 'percent', of: 'the country' });
    }
  });

  it('reads units of measure and rates', () => {
    expect(only('Winds reached 90 mph overnight.', '90 mph').unit).toBe('mile per hour');
    expect(only('Rent is $2,000 a month here.', '$2,000 a month')).toMatchObject({ value: 2000, unit: 'dollar per month' });
    expect(only('Oil traded at $71.50 per barrel.', '$71.50 per barrel').unit).toBe('dollar per barrel');
    expect(only('The talks lasted three hours.', 'three hours')).toMatchObject({ value: 3, unit: 'hour', type: 'duration' });
  });

  it('reads currency symbols, codes and abbreviations before the amount', () => {
    expect(only('The museum spent €4.5 million.', '€4.5 million')).toMatchObject({ value: 4.5e6, unit: 'euro', type: 'money' });
    expect(only('Lagos set aside ₦120 billion.', '₦120 billion')).toMatchObject({ value: 1.2e11, unit: 'naira' });
    expect(only('The mill raised C$40 million.', 'C$40 million').unit).toBe('Canadian dollar');
    expect(only('A family pays Rs 3,200 a month.', 'Rs 3,200 a month')).toMatchObject({ value: 3200, unit: 'rupee per month' });
    expect(only('Exports reached Rs. 12,500 crore.', 'Rs. 12,500 crore')).toMatchObject({ value: 1.25e11, unit: 'rupee' });
    expect(only('The fund holds EUR 7m in bonds.', 'EUR 7m')).toMatchObject({ value: 7e6, unit: 'euro' });
    expect(only('The carrier lost NOK 2.4 billion.', 'NOK 2.4 billion').unit).toBe('Norwegian krone');
  });

  it('reads a pound written out as a weight when it is joined to a unit, of a thing, or after a verb of weight', () => {
    expect(only('The motor makes 310 pound-feet of torque.', '310 pound-feet')).toMatchObject({ unit: 'pound-foot', type: 'measure' });
    expect(only('Agents seized 60 pounds of heroin.', '60 pounds')).toMatchObject({ unit: 'pound', type: 'measure' });
    expect(only('The van can tow up to 3,500 pounds.', 'up to 3,500 pounds').type).toBe('measure');
    expect(only('The calf weighed 90 pounds.', '90 pounds').type).toBe('measure');
    expect(only('The council spent 4 million pounds of public money.', '4 million pounds').type).toBe('money');
    expect(only('A ticket costs 30 pounds.', '30 pounds').type).toBe('money');
  });

  it('reads "1080p" as a video resolution, not pence', () => {
    expect(only('It streams in 1080p resolution.', '1080p')).toMatchObject({ value: 1080, unit: 'p', type: 'measure' });
    expect(only('The shares fell to 345p.', '345p')).toMatchObject({ unit: 'penny', type: 'money' });
  });

  it('reads the cent sign after the amount', () => {
    expect(only('A bag of rice costs 85¢ more.', '85¢')).toMatchObject({ value: 85, unit: 'cent', type: 'money' });
  });

  it('takes currency codes only in capitals, and no key every object has', () => {
    expect(findQuantities('They try 5 times and won 7 constructor points.').map((q) => q.unit)).toEqual(['times', 'constructor points']);
    expect(findQuantities('Delegates at COP26 bought RON95 petrol.')).toEqual([]);
  });

  it('reads scale suffixes: bn, m, mm, k, tn', () => {
    expect(only('Revenue hit $3.4bn.', '$3.4bn').value).toBe(3.4e9);
    expect(only('The bank wrote off £12m.', '£12m').value).toBe(1.2e7);
    expect(only('The desk made $40mm on the trade.', '$40mm').value).toBe(4e7);
    expect(only('Debt stands at $1.2tn.', '$1.2tn').value).toBe(1.2e12);
    expect(only('The clip drew 1.8m viewers.', '1.8m viewers')).toMatchObject({ value: 1.8e6, unit: 'viewers' });
    expect(only('She won the 400m hurdles.', '400m')).toMatchObject({ value: 400, unit: 'metre' });
  });

  it('reads compound units, rates and units of science and engineering', () => {
    expect(only('Wildfires burned 120 square miles.', '120 square miles').unit).toBe('square mile');
    expect(only('The mine shipped 3 million metric tons of ore.', '3 million metric tons')).toMatchObject({ value: 3e6, unit: 'tonne' });
    expect(only('The well pumps 8,000 barrels per day.', '8,000 barrels per day').unit).toBe('barrel per day');
    expect(only('The field produces 120,000 bpd.', '120,000 bpd').unit).toBe('barrel per day');
    expect(only('Homes used 640 megawatt-hours.', '640 megawatt-hours').unit).toBe('megawatt hour');
    expect(only('The line carries 400 kV.', '400 kV').unit).toBe('kilovolt');
    expect(only('Pressure fell to 955 hPa.', '955 hPa').unit).toBe('hectopascal');
    expect(only('Each tablet holds 400 mcg of folate.', '400 mcg').unit).toBe('microgram');
    expect(only('Crews logged 12 mSv over the mission.', '12 mSv').unit).toBe('millisievert');
    expect(only('The engine is 1,600cc.', '1,600cc').unit).toBe('cubic centimetre');
    expect(only('Whisk in ¾ teaspoon of salt.', '¾ teaspoon')).toMatchObject({ value: 0.75, unit: 'teaspoon' });
    expect(only('Air temperatures hit 41 degrees C.', '41 degrees C').unit).toBe('degree Celsius');
    expect(only('A serving has 250 kcal.', '250 kcal').unit).toBe('kilocalorie');
  });

  it('reads "in" glued to a number as inches, and units written before their number', () => {
    expect(findQuantities('The 6ft 3in lock joined a 65in television.').map((q) => [q.text, q.unit])).toEqual([
      ['6ft', 'foot'], ['3in', 'inch'], ['65in', 'inch'],
    ]);
    expect(findQuantities('Buses run in 5 minutes.').map((q) => q.unit)).toEqual(['minute']);
    expect(only('The drone reached Mach 3.', 'Mach 3')).toMatchObject({ value: 3, unit: 'Mach', type: 'measure' });
    expect(only('A magnitude 6.2 quake struck.', 'magnitude 6.2')).toMatchObject({ value: 6.2, unit: 'magnitude' });
    expect(only('The tremor had a magnitude of 4.9.', 'magnitude of 4.9').value).toBe(4.9);
  });

  it('gives each number of a list with hanging hyphens the unit of the last', () => {
    expect(findQuantities('Buyers can pick two-, three- or four-door models.').map((q) => [q.value, q.unit])).toEqual([
      [2, 'door'], [3, 'door'], [4, 'door'],
    ]);
    expect(only('The camp takes 8- to 12-year-olds.', '8- to 12-year-olds')).toMatchObject({ low: 8, high: 12, unit: 'year-old' });
  });

  it('reads units written with hyphens', () => {
    expect(only('They bought a 4,500-square-foot house.', '4,500-square-foot')).toMatchObject({ value: 4500, unit: 'square foot' });
    expect(only('The Fed made a quarter-point cut.', 'a quarter-point')).toMatchObject({ value: 0.25, unit: 'point' });
    expect(only('It was a half-hour show.', 'a half-hour')).toMatchObject({ value: 0.5, unit: 'hour' });
    expect(findQuantities('It was a third-party app and a third-quarter loss.')).toEqual([]);
  });

  it('reads a unit after a word that qualifies it', () => {
    expect(only('Pour in 2 US cups and 3 imperial pints.', '3 imperial pints').unit).toBe('pint');
    expect(only('The crew worked 4 extra hours.', '4 extra hours')).toMatchObject({ unit: 'hour', type: 'duration' });
  });

  it('reads the noun of "a week or two" as the unit of the number', () => {
    expect(only('The fix may take a week or two.', 'two')).toMatchObject({ value: 2, unit: 'week', type: 'duration' });
    expect(only('They may add another striker or two.', 'two').unit).toBe('striker');
  });

  it('reads a rate per a scale of a unit', () => {
    expect(only('Gas traded at $2.90 per million British thermal units.', '$2.90 per million British thermal units').unit)
      .toBe('dollar per million British thermal unit');
  });

  it('reads a rate per a number of something', () => {
    expect(only('The defect affects 3 per 1,000 births.', '3 per 1,000 births')).toMatchObject({ value: 3, unit: 'per 1,000 births' });
    expect(only('There were 9 deaths per 100,000 people.', '9 deaths per 100,000 people').unit).toBe('deaths per 100,000 people');
  });

  it('tells percentage points from percent', () => {
    expect(only('Support fell 4.5 percentage points.', '4.5 percentage points')).toMatchObject({ unit: 'percentage point', change: 'down' });
    expect(only('Support fell 4.5 percent.', '4.5 percent')).toMatchObject({ unit: 'percent', change: 'down' });
    expect(only('Yields rose 15 basis points.', '15 basis points').unit).toBe('basis point');
  });

  it('names currencies written after the amount', () => {
    expect(only('The fine was 9 million Danish crowns.', '9 million Danish crowns')).toMatchObject({ value: 9e6, unit: 'Danish crown', type: 'money' });
    expect(only('A ticket costs 1,200€ now.', '1,200€').unit).toBe('euro');
    expect(only('The council paid 80 million zlotys.', '80 million zlotys')).toMatchObject({ value: 8e7, unit: 'zloty', type: 'money' });
    expect(only('The bond raised 900 million SEK.', '900 million SEK').unit).toBe('Swedish krona');
    expect(only('Shares fell 12p to 340p.', '340p')).toMatchObject({ value: 340, unit: 'penny' });
    expect(findQuantities('It cost 900 rubles, or 700 roubles, or ₽500.').map((q) => q.unit)).toEqual(['ruble', 'rouble', 'ruble']);
  });
});

describe('findQuantities: ranges', () => {
  it('reads "to", "between … and" and hyphenated ranges', () => {
    expect(only('Prices rose by 1 to 1.5 percent.', '1 to 1.5 percent')).toMatchObject({ value: null, low: 1, high: 1.5, unit: 'percent' });
    expect(only('The trip takes between 10 and 20 minutes.', '10 and 20 minutes')).toMatchObject({ low: 10, high: 20, unit: 'minute' });
    expect(only('Estimates put it at 252-287 miles.', '252-287 miles')).toMatchObject({ low: 252, high: 287 });
  });

  it('reads "or" between two numbers of one kind as a range, the unit written once', () => {
    expect(only('The repairs take 5 or 6 weeks.', '5 or 6 weeks')).toMatchObject({ low: 5, high: 6, unit: 'week' });
    expect(only('Seats cost 40 or 50 dollars.', '40 or 50 dollars')).toMatchObject({ low: 40, high: 50, unit: 'dollar' });
    expect(only('Three or four boats capsized.', 'Three or four boats')).toMatchObject({ low: 3, high: 4 });
    expect(findQuantities('Tickets are $5 or $8.').map((q) => q.value)).toEqual([5, 8]);
  });

  it('reads a span of clock times as a date', () => {
    expect(findQuantities('The polls are open from 7 to 10 p.m. tonight.').map((q) => [q.text, q.type])).toEqual([['7 to 10 p.m.', 'date']]);
    expect(findQuantities('The alarm went off at two or three a.m.').map((q) => [q.text, q.type])).toEqual([['two or three a.m.', 'date']]);
  });

  it('reads ranges with a dash, spaced or not', () => {
    expect(only('Forecasters expect 10–12 inches of snow.', '10–12 inches')).toMatchObject({ low: 10, high: 12, unit: 'inch' });
    expect(only('Gusts of 40 – 50 mph are likely.', '40 – 50 mph')).toMatchObject({ low: 40, high: 50 });
  });

  it('shares a scale written once across both ends', () => {
    expect(only('The bill is 1 to 2 billion dollars.', '1 to 2 billion dollars')).toMatchObject({ low: 1e9, high: 2e9 });
  });

  it('reads bare numbers running down after "to" as a tally or a ratio, not a range', () => {
    expect(findQuantities('The council voted 7 to 4 for the plan.').map((q) => q.value)).toEqual([7, 4]);
    expect(findQuantities('Readers preferred it by 3 to 1.').map((q) => q.value)).toEqual([3, 1]);
    expect(only('Loads of 30 kg to 12 kg were tested.', '30 kg to 12 kg')).toMatchObject({ low: 30, high: 12 });
  });

  it('does not read a score or a rise to a new level as a range', () => {
    const texts = findQuantities('They led 3-1 at half time.').map((q) => q.text);
    expect(texts).toEqual([]);
    const rise = findQuantities('Shares rose 8% to $84 on Monday.');
    expect(rise.map((q) => [q.text, q.change])).toEqual([['8%', 'up'], ['$84', '=']]);
  });
});

describe('findQuantities: change', () => {
  it.each([
    ['About 650 troops remain.', 'About 650 troops', '~'],
    ['Roughly 40 people came.', 'Roughly 40 people', '~'],
    ['More than 80 percent voted.', 'More than 80 percent', '>'],
    ['It employs over 2,000 workers.', 'over 2,000 workers', '>'],
    ['At least 12 people died.', 'At least 12 people', '>'],
    ['It weighs less than 3 kg.', 'less than 3 kg', '<'],
    ['The grant is worth up to $8 million.', 'up to $8 million', '<'],
    ['The index gained 3% on Friday.', '3%', 'up'],
    ['Exports fell 7% last year.', '7%', 'down'],
    ['The company has 300 stores.', '300 stores', '='],
    ['A maximum of 40 guests may attend.', 'A maximum of 40 guests', '<'],
    ['The deal is worth north of $3 billion.', 'north of $3 billion', '>'],
    ['The tally came just shy of 500 votes.', 'shy of 500 votes', '<'],
    ['The plan costs not more than $20.', 'not more than $20', '<'],
    ['Lunch costs approx. $12.', 'approx. $12', '~'],
    ['The tower has 40-odd floors.', '40-odd floors', '~'],
    ['There are 50-plus candidates.', '50-plus candidates', '>'],
    ['Airlines cancelled 100+ flights.', '100+ flights', '>'],
    ['The post pays $60,000 or more.', '$60,000 or more', '>'],
    ['The test takes 20 minutes or less.', '20 minutes or less', '<'],
    ['The rally drew 300 or so people.', '300 or so people', '~'],
    ['Rents saw an increase of 6% this year.', '6%', 'up'],
    ['The index ended down 2% on Friday.', '2%', 'down'],
    ['Traders feared a drop of 400 points.', '400 points', 'down'],
    ['The deficit narrowed by $12 billion.', '$12 billion', 'down'],
    ['The gap widened to 3 points.', '3 points', '='],
    ['The startup raised $40 million from investors.', '$40 million', '='],
    ['The vaccine cut the risk of infection by 60 percent.', '60 percent', 'down'],
    ['The mill boosted its output by 9%.', '9%', 'up'],
    ['The fix extends the range by about 20 miles.', 'about 20 miles', '~'],
    ['The poll has a margin of plus or minus 3 points.', 'plus or minus 3 points', '~'],
    ['Estimates vary by ±2%.', '±2%', '~'],
    ['The bank raised its key rate by 25 basis points.', '25 basis points', 'up'],
    ['Fares were lifted by 4%.', '4%', 'up'],
    ['The fed cut rates by a quarter point.', 'a quarter point', 'down'],
  ])('%s', (text, surface, change) => {
    expect(only(text, surface).change).toBe(change);
  });

  it('reads "a year ago" as a time, not as a rate', () => {
    expect(only('Rents were up from $900 a year ago.', '$900')).toMatchObject({ unit: 'dollar' });
    expect(only('Support fell from 19% a week earlier.', '19%').unit).toBe('percent');
    expect(only('Rent is $900 a month.', '$900 a month').unit).toBe('dollar per month');
  });

  it('reads the level after "up from" and "down to" as a level, not a change', () => {
    expect(findQuantities('Sales hit $9 million, up from $7 million.').map((q) => q.change)).toEqual(['=', '=']);
    expect(only('The jobless rate is down to 4 percent.', '4 percent').change).toBe('=');
  });

  it('leaves comparisons without a number to claims: "twice as many", "doubled"', () => {
    expect(findQuantities('There were twice as many cases, and arrests doubled.')).toEqual([]);
  });

  it('carries a fall through an elliptical list', () => {
    const qs = findQuantities('Shares of Acme were down 2.3%, Bolt by 2.6% before the bell.');
    expect(qs.map((q) => q.change)).toEqual(['down', 'down']);
  });

  it('does not read a verb before a span of time that dates an event as a change of that span', () => {
    expect(only('The jet crashed 12 minutes after takeoff.', '12 minutes').change).toBe('=');
    expect(only('Waiting times fell 12 minutes.', '12 minutes').change).toBe('down');
  });

  it('reads "raised" as a rise only with "by"', () => {
    expect(only('The club raised $2 million for charity.', '$2 million').change).toBe('=');
  });

  it('carries a rise or fall to the same change restated after ", or"', () => {
    const qs = findQuantities('The index fell 52 points, or 0.7%, to 7,380.');
    expect(qs.map((q) => [q.text, q.change])).toEqual([['52 points', 'down'], ['0.7%', 'down'], ['7,380', '=']]);
  });

  it('does not read "gave up" as a rise', () => {
    expect(only('The defence gave up 400 yards.', '400 yards').change).toBe('=');
  });
});

describe('findQuantities: dates, years and names', () => {
  it('types dates, years and times without a value', () => {
    const qs = findQuantities('On June 25, 2021, talks began; troops left in 2001 and met again at 10:30 pm until September.');
    expect(qs.map((q) => [q.text, q.type, q.value])).toEqual([
      ['June 25, 2021', 'date', null], ['2001', 'year', null], ['10:30 pm', 'date', null], ['September', 'date', null],
    ]);
    expect(qs.every((q) => !isMeasuredQuantity(q))).toBe(true);
  });

  it('reads a notation of numbers joined by marks as one thing, not as amounts', () => {
    expect(findQuantities('The hotline is staffed 24/7 and the ratio is 4:1.')).toEqual([]);
    expect(findQuantities('The 9/11 memorial reopened; Ortiz beat Lund 7-5, 6-2.')).toEqual([]);
    expect(findQuantities('The 2010-11 and 2021-2022 seasons ended early.').map((q) => [q.text, q.type])).toEqual([
      ['2010-11', 'year'], ['2021-2022', 'year'],
    ]);
    expect(findQuantities('Her winning time was 2:31:45.').map((q) => [q.text, q.type])).toEqual([['2:31:45', 'date']]);
  });

  it('reads a four-digit number after a possessive, before a noun, as a year', () => {
    expect(findQuantities("Its 2018 sales and the firm's 2019 profits fell.").map((q) => [q.text, q.type])).toEqual([
      ['2018', 'year'], ['2019', 'year'],
    ]);
    expect(only('Some 2000 soldiers marched.', 'Some 2000 soldiers').value).toBe(2000);
  });

  it('types four-digit times before a time zone, "local time" or "hours" as dates', () => {
    const qs = findQuantities('Shelling began at 0430 hours, markets opened at 1300 GMT and the curfew starts at 2200 local time.');
    expect(qs.map((q) => [q.text, q.type])).toEqual([['0430 hours', 'date'], ['1300 GMT', 'date'], ['2200 local time', 'date']]);
    expect(only('The pilot has flown 1200 hours.', '1200 hours')).toMatchObject({ value: 1200, type: 'duration' });
  });

  it('reads a span of days after a month as one date', () => {
    expect(findQuantities('The fair runs June 5 to 7 and Sept. 12-14, 2026.').map((q) => [q.text, q.type])).toEqual([
      ['June 5 to 7', 'date'], ['Sept. 12-14, 2026', 'date'],
    ]);
    expect(findQuantities('On May 3 to 5 people came.').map((q) => q.text)).toEqual(['May 3', '5 people']);
  });

  it('types clock times with points as dates', () => {
    expect(findQuantities('The vote closed at 10:30 p.m. on Tuesday.').map((q) => [q.text, q.type])).toEqual([['10:30 p.m.', 'date']]);
  });

  it('reads a date written with slashes as a date', () => {
    expect(findQuantities('The deed was signed on 3/7/1998.').map((q) => [q.text, q.type])).toEqual([['3/7/1998', 'date']]);
  });

  it('skips numbers in names, also at the start of a sentence and before a verb', () => {
    expect(findQuantities('Highway 101 was shut. The Xbox 360 costs $99. The Nasdaq 100 slid 2%.').map((q) => q.text)).toEqual(['$99', '2%']);
    expect(findQuantities('He wore the No. 9 shirt.')).toEqual([]);
    expect(findQuantities('The Nikkei 225 index rose; the ASX 200 index fell.')).toEqual([]);
    expect(findQuantities("Disney's 2012 purchase of Lucasfilm").map((q) => q.type)).toEqual(['year']);
    expect(only('Exactly 5 of the 12 jurors agreed.', '12 jurors').value).toBe(12);
    expect(findQuantities('About 50 were hurt. Some 20 fled.').map((q) => q.text)).toEqual(['About 50', 'Some 20']);
  });

  it('reads "more" or "other" between a number and its noun into the counted noun', () => {
    expect(only('The chain will hire 800 more staff.', '800 more staff').unit).toBe('more staff');
    expect(only('Divers found 14 other wrecks.', '14 other wrecks').unit).toBe('other wrecks');
    expect(only('We sold 300 more than last year.', '300').unit).toBeNull();
  });

  it('reads "such" and "earlier", a word in -ly before a plural, and up to five words into the counted noun', () => {
    expect(only('It is one of 300 such promotions.', '300 such promotions').unit).toBe('such promotions');
    expect(only('The crew: three family members and a friend.', 'three family members').unit).toBe('family members');
    expect(only('They suspended seven other active-duty military officers.', 'seven other active-duty military officers').unit).toBe('other active-duty military officers');
    expect(only('Polls of 800 likely voters differ.', '800 likely voters').unit).toBe('likely voters');
    // A word of comparison with no noun after it counts nothing (this once sent the scan back to the start).
    expect(findQuantities('2 more one').map((q) => q.text)).toEqual(['2']);
  });

  it('counts what a partitive is part of, and keeps the partitive\'s own number', () => {
    expect(only('Four of the five judges agreed.', 'Four').unit).toBe('judges');
    expect(only('Four of the five judges agreed.', 'five judges').value).toBe(5);
    expect(only('Sales are done in one of two ways.', 'one').unit).toBe('ways');
    expect(only('One of my strengths is patience.', 'One').unit).toBe('strengths');
    expect(only('Two of four century-old schooners sank.', 'four century-old schooners').unit).toBe('century-old schooners');
  });

  it('reads "surpassed", "exceeded", "topped" and "near" as bounds, and "up until" as an upper one', () => {
    expect(only('Membership surpassed 100 million members.', 'surpassed 100 million members').change).toBe('>');
    expect(only('Rates stayed near zero.', 'near zero').change).toBe('~');
    expect(only('The lists nest up until 5 levels.', 'up until 5 levels').change).toBe('<');
  });

  it('reads a two-digit year after an apostrophe as a year, a version as a name, and "the two-thirds majority" as a share', () => {
    expect(findQuantities('He ran afoul of the party in ’91.').map((q) => q.type)).toEqual(['year']);
    expect(findQuantities('The bug affects version 1.8.3 and older.')).toEqual([]);
    expect(only('It fell short of the two-thirds majority.', 'two-thirds').value).toBeCloseTo(2 / 3);
  });

  it('reads "Type 2" and "401(k)" as names, not amounts', () => {
    expect(findQuantities('Type 2 diabetes is common, and a 401(k) plan helps.')).toEqual([]);
  });

  it('reads modifiers joined by "and" or "or" into the counted noun', () => {
    expect(only('The audit found 400 false or misleading entries.', '400 false or misleading entries').unit).toBe('false or misleading entries');
    expect(only('There were 10 men and women.', '10 men').unit).toBe('men');
  });

  it('reads a capitalised number word beside a capitalised word inside a sentence as a name', () => {
    expect(findQuantities('Surfers crowded Seventy Mile Beach, home of the Big Three.')).toEqual([]);
    expect(only('Three Britons were hurt.', 'Three Britons').value).toBe(3);
  });

  it('reads a number word hyphened to a name as part of the name', () => {
    expect(findQuantities('Shares of Take-Two rose, a one-two punch.')).toEqual([]);
    expect(only('Twenty-five people came.', 'Twenty-five people').value).toBe(25);
  });

  it('reads initials with points and names with numbers as one word of a counted noun', () => {
    expect(only('Some 900 U.S. troops remain.', 'Some 900 U.S. troops')).toMatchObject({ value: 900, unit: 'U.S. troops', change: '~' });
    expect(only('The navy ordered 36 F-35 jets.', '36 F-35 jets').unit).toBe('F-35 jets');
    expect(only('Retailers sold 2 million PS5 consoles.', '2 million PS5 consoles').unit).toBe('PS5 consoles');
  });

  it('reads "PS" before a number as a pound (a mangled £) only when the number is no model number', () => {
    expect(findQuantities('Fans queued for the PS5 and paid PS450 each, PS2m in all.').map((q) => [q.text, q.unit])).toEqual([
      ['PS450', 'pound'], ['PS2m', 'pound'],
    ]);
  });

  it('skips identifiers, model numbers, ordinals and addresses', () => {
    const text = 'COVID-19 hit the FTSE 100 and the iPhone 11 Pro; the 3rd team met at 575 Elm Road.';
    expect(findQuantities(text)).toEqual([]);
  });
});

describe('findQuantities: safety', () => {
  it('never throws, and every span matches its text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        for (const q of findQuantities(text)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(Number.isNaN(q.value)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps quantities apart and in text order, also when words of quantity language meet', () => {
    const words = ['one', 'Mach', '2', 'or', 'more', 'than', '5', 'half', 'a', 'dozen', 'by', 'per', '1,000', '-', 'odd', 'in', 'every', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (picked) => {
        const found = findQuantities(picked.join(' '));
        for (let n = 1; n < found.length; n++) expect(found[n].start).toBeGreaterThanOrEqual(found[n - 1].end);
      }),
      { numRuns: 300 },
    );
    expect(findQuantities('one Mach 2').map((q) => q.text)).toEqual(['one Mach', '2']);
  });

  it('survives pathological input, with work linear in its length', () => {
    const pieces = ['9', '1,', '-', '$', 'one ', '1 to ', '100 ', '½'];
    for (const piece of pieces) {
      const text = piece.repeat(10_000);
      for (const q of findQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(growthRatio(findQuantities, piece.repeat(5_000), piece.repeat(50_000)), piece).toBeLessThan(LINEAR_FOR_TENFOLD);
    }
    expect(findQuantities('9'.repeat(10_000))).toEqual([]); // too long to be an amount
  });

  it('handles non-breaking spaces like spaces', () => {
    expect(only('About\u00a0650\u00a0troops remain.', 'About\u00a0650\u00a0troops')).toMatchObject({ value: 650, change: '~' });
  });
});
