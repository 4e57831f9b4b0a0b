/**
 * The typed value of an infobox field or template parameter, as it goes on the wire: a number,
 * a quantity with its unit, a date or a range of dates, a boolean, a URL, coordinates, or a list of these.
 */
import { Type, type Static } from 'typebox';

export const PRECISIONS = ['day', 'month', 'year', 'decade', 'century'] as const;
export const DatePrecision = Type.Union([Type.Literal('day'), Type.Literal('month'), Type.Literal('year'), Type.Literal('decade'), Type.Literal('century')], {
  description: 'How much of the date the source gives; decade and century dates are their first year',
});
export type DatePrecision = Static<typeof DatePrecision>;

export const DatePoint = Type.Object({
  date: Type.String({
    description: 'ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source',
    examples: ['1917-11-07', '-0043-03-15', '1920'],
  }),
  precision: DatePrecision,
});
export type DatePoint = Static<typeof DatePoint>;

const NumberValue = Type.Object({ type: Type.Literal('number'), number: Type.Number() }, { description: '`2,731,571`, `2.7 million`, `{{formatnum:…}}`' });
const QuantityValue = Type.Object(
  {
    type: Type.Literal('quantity'),
    number: Type.Number({ description: 'In the unit written' }),
    unit: Type.String({ description: 'UCUM code, or ISO 4217 for a currency', examples: ['km2', '[mi_i]2', 'USD'] }),
  },
  { description: '`630.21 km2`, `{{convert|630|km2|sqmi}}`, `US$ 1.2 billion`' },
);
const DateValue = Type.Object(
  {
    type: Type.Literal('date'),
    ...DatePoint.properties,
    qualifier: Type.Optional(Type.Union([Type.Literal('circa'), Type.Literal('floruit')], { description: '`c. 1850`, `fl. 1200s`' })),
  },
  { description: '`{{birth date|1870|4|22}}`, `22 April 1870`, `1920s`, `44 BC`' },
);
const DateRangeValue = Type.Object(
  {
    type: Type.Literal('daterange'),
    from: DatePoint,
    to: Type.Union([DatePoint, Type.Null()], { description: 'null: to the present' }),
  },
  { description: '`1917–1922`, `March 1917 – November 1918`, `1998–present`' },
);
const BooleanValue = Type.Object({ type: Type.Literal('boolean'), boolean: Type.Boolean() });
const UrlValue = Type.Object({ type: Type.Literal('url'), url: Type.String({ format: 'uri' }) });
const CoordinatesValue = Type.Object({ type: Type.Literal('coordinates'), lat: Type.Number(), lon: Type.Number() });

const SCALARS = [NumberValue, QuantityValue, DateValue, DateRangeValue, BooleanValue, UrlValue, CoordinatesValue] as const;
export const ScalarValue = Type.Union([...SCALARS]);
export type ScalarValue = Static<typeof ScalarValue>;

const ListValue = Type.Object(
  { type: Type.Literal('list'), items: Type.Array(ScalarValue, { minItems: 2 }) },
  { description: 'A list-like value (`<br>`, {{plainlist}}, {{ubl}}) whose every item is typed' },
);

export const TypedValue = Type.Union([...SCALARS, ListValue], {
  description: 'What the value is, read without a mapping per template; absent from the typed reading when nothing is certain',
});
export type TypedValue = Static<typeof TypedValue>;
export type ValueType = TypedValue['type'];
