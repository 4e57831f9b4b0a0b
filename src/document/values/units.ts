/**
 * Data, not logic: the units and currencies a typed value may carry — how sources spell them →
 * their UCUM or ISO 4217 code, their dimension's base unit and the factor to it.
 */

export interface Unit {
  /** UCUM code (`km2`, `[mi_i]2`) or ISO 4217 code (`USD`). */
  code: string;
  /** The base unit of its dimension: values are compared there (`m2` for every area). */
  base: string;
  /** value × factor = value in the base unit. */
  factor: number;
}

type UnitRow = [code: string, base: string, factor: number, spellings: readonly string[]];

const FT = 0.3048;
const MI = 1609.344;

/** Each unit once: its code, base, factor, and the spellings sources use (compared case-sensitively: `Mm` is not `mm`). */
const UNIT_ROWS: readonly UnitRow[] = [
  // area
  ['m2', 'm2', 1, ['m2', 'm²', 'sq m', 'square metres', 'square meters', 'square metre', 'square meter']],
  ['km2', 'm2', 1e6, ['km2', 'km²', 'sq km', 'square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'Quadratkilometer']],
  ['har', 'm2', 1e4, ['ha', 'hectares', 'hectare', 'Hektar']],
  ['[acr_us]', 'm2', 4046.8564224, ['acres', 'acre', 'ac']],
  ['[mi_i]2', 'm2', MI * MI, ['sqmi', 'mi2', 'mi²', 'sq mi', 'square miles', 'square mile']],
  ['[ft_i]2', 'm2', FT * FT, ['sqft', 'ft2', 'ft²', 'sq ft', 'square feet']],
  // length
  ['m', 'm', 1, ['m', 'metres', 'meters', 'metre', 'meter', 'Meter', 'mètres']],
  ['km', 'm', 1e3, ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'Kilometer']],
  ['cm', 'm', 1e-2, ['cm', 'centimetres', 'centimeters']],
  ['mm', 'm', 1e-3, ['mm', 'millimetres', 'millimeters']],
  ['[ft_i]', 'm', FT, ['ft', 'feet', 'foot']],
  ['[in_i]', 'm', 0.0254, ['in', 'inches', 'inch']],
  ['[mi_i]', 'm', MI, ['mi', 'miles', 'mile']],
  ['[nmi_i]', 'm', 1852, ['nmi', 'nautical miles']],
  // mass
  ['kg', 'g', 1e3, ['kg', 'kilograms', 'kilogrammes', 'kilogram']],
  ['g', 'g', 1, ['g', 'grams', 'grammes', 'gram']],
  ['t', 'g', 1e6, ['t', 'tonnes', 'tonne', 'metric tons']],
  ['[lb_av]', 'g', 453.59237, ['lb', 'lbs', 'pounds']],
  ['[stone_av]', 'g', 6350.29318, ['st', 'stone']],
  // volume
  ['m3', 'm3', 1, ['m3', 'm³', 'cubic metres', 'cubic meters']],
  ['km3', 'm3', 1e9, ['km3', 'km³', 'cubic kilometres', 'cubic kilometers']],
  ['L', 'm3', 1e-3, ['L', 'l', 'litres', 'liters']],
  // speed
  ['km/h', 'm/s', 1 / 3.6, ['km/h', 'kph', 'kmh']],
  ['m/s', 'm/s', 1, ['m/s']],
  ['[mi_i]/h', 'm/s', MI / 3600, ['mph']],
  // density of population
  ['/km2', '/m2', 1e-6, ['/km2', '/km²', 'per km2', 'per km²', 'per square kilometre', 'per square kilometer', '/sq km']],
  ['/[mi_i]2', '/m2', 1 / (MI * MI), ['/sq mi', '/sqmi', '/mi2', '/mi²', 'per sq mi', 'per square mile']],
  // power and energy
  ['W', 'W', 1, ['W', 'watts']],
  ['kW', 'W', 1e3, ['kW', 'kilowatts']],
  ['MW', 'W', 1e6, ['MW', 'megawatts']],
  ['GW', 'W', 1e9, ['GW', 'gigawatts']],
  ['kW.h', 'J', 3.6e6, ['kWh']],
  ['GW.h', 'J', 3.6e12, ['GWh']],
  // ratio
  ['%', '%', 1, ['%', 'per cent', 'percent', 'Prozent']],
];

/** Currencies: ISO 4217 code → spellings. A bare `$`, `¥` or `kr` names several currencies, so they are absent. */
const CURRENCY_ROWS: readonly [code: string, spellings: readonly string[]][] = [
  ['USD', ['US$', 'USD', 'U.S. dollars', 'US dollars']],
  ['EUR', ['€', 'EUR', 'euros', 'Euro']],
  ['GBP', ['£', 'GBP', 'pounds sterling']],
  ['JPY', ['JP¥', 'JPY', 'yen']],
  ['CNY', ['CN¥', 'CNY', 'RMB', 'yuan']],
  ['INR', ['₹', 'INR', 'rupees']],
  ['CHF', ['CHF', 'Fr.']],
  ['CAD', ['CA$', 'C$', 'CAD']],
  ['AUD', ['A$', 'AU$', 'AUD']],
  ['RUB', ['₽', 'RUB', 'rubles', 'roubles']],
  ['BRL', ['R$', 'BRL']],
  ['KRW', ['₩', 'KRW']],
  ['SEK', ['SEK']],
  ['NOK', ['NOK']],
  ['CUP', ['CUP']],
  ['MXN', ['MX$', 'MXN']],
];

/** Spelling → unit. */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ...UNIT_ROWS.flatMap(([code, base, factor, spellings]) => spellings.map((s): [string, Unit] => [s, { code, base, factor }])),
  ...CURRENCY_ROWS.flatMap(([code, spellings]) => spellings.map((s): [string, Unit] => [s, { code, base: code, factor: 1 }])),
]);

/** UCUM / ISO 4217 code → unit: what a query's `min=100km2` is read with (codes and spellings alike). */
export const UNIT_CODES: ReadonlyMap<string, Unit> = new Map([
  ...UNIT_ROWS.map(([code, base, factor]): [string, Unit] => [code, { code, base, factor }]),
  ...CURRENCY_ROWS.map(([code]): [string, Unit] => [code, { code, base: code, factor: 1 }]),
]);

/** Currencies written before their amount (`US$ 1.2 billion`, `€5m`); a code may also follow it. */
export const CURRENCY_PREFIXES: ReadonlySet<string> = new Set(CURRENCY_ROWS.flatMap(([, spellings]) => spellings.filter((s) => !/^[a-z]/.test(s))));

/** `{{convert}}`'s unit codes that differ from our spellings (the others are spelled alike). */
export const CONVERT_UNITS: ReadonlyMap<string, string> = new Map([
  ['sqmi', 'sqmi'], ['sqft', 'sqft'], ['acre', 'acres'], ['m2', 'm2'], ['km2', 'km2'], ['ha', 'ha'],
  ['kmh', 'km/h'], ['PD/km2', '/km2'], ['PD/sqmi', '/sq mi'], ['/sqmi', '/sq mi'],
]);

/** A unit by spelling or by code: what a query parameter may carry. */
export const unitOf = (spelling: string): Unit | null => UNIT_CODES.get(spelling) ?? UNITS.get(spelling) ?? null;
