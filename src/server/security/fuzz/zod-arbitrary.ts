import fc from 'fast-check';
import {
  DATE_LIKE,
  hostileNumber,
  hostileString,
  NASTY_CHARACTERS,
  SQL_PAYLOADS,
  FORMULA_PAYLOADS,
  type JsonNode,
} from './hostile';

/**
 * Bodies that nearly pass a route's declared schema: generated from the zod schema itself, so a
 * case goes past validation into the service and the database, where a stored string can still
 * fail. Each string may carry a nasty character or an injection payload; one value in a few is
 * simply hostile. Enough of zod's vocabulary is read for Copil's contracts (objects, strings with
 * formats, regexes and lengths, numbers with bounds, enums, literals, arrays, unions, records,
 * optional, nullable, default, pipes); anything else gets a hostile value.
 */

interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  checks?: {
    _zod: {
      def: {
        check: string;
        format?: string;
        pattern?: RegExp;
        minimum?: number;
        maximum?: number;
        value?: number;
        inclusive?: boolean;
      };
    };
  }[];
  shape?: Record<string, unknown>;
  innerType?: unknown;
  in?: unknown;
  element?: unknown;
  options?: unknown[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: unknown;
  valueType?: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Inserts one nasty character (NUL, lone surrogate, RTL mark…) somewhere in a valid string. */
const sprinkled = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.constantFrom(...NASTY_CHARACTERS), fc.nat()).map(([t, c, at]) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + c + t.slice(i);
  });

function stringArbitrary(def: Def, ids: readonly string[]): fc.Arbitrary<string> {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 60, 60);
  switch (def.format) {
    case 'uuid':
    case 'guid':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() });
    case 'date':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2033, 11, 31)), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
        },
        { weight: 1, arbitrary: fc.constantFrom(...DATE_LIKE) },
      );
    case 'datetime':
      return fc
        .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2033, 11, 31)), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'email':
      return fc
        .tuple(fc.stringMatching(/^[a-z]{1,12}$/), fc.nat(99_999))
        .map(([name, n]) => `${name}.${n}@example.test`);
  }
  if (regex) return fc.stringMatching(regex, { size: 'small' });
  const words = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.string({ unit: 'grapheme', minLength: Math.max(1, min), maxLength: Math.max(1, min, max) }),
    },
    { weight: 1, arbitrary: fc.constantFrom(...SQL_PAYLOADS, ...FORMULA_PAYLOADS) },
  );
  return words;
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const low = checks.find((c) => c.check === 'greater_than');
  const high = checks.find((c) => c.check === 'less_than');
  const integer = checks.some(
    (c) => c.check === 'number_format' && ['safeint', 'int32', 'uint32'].includes(c.format ?? ''),
  );
  const min = low ? low.value! + (low.inclusive ? 0 : 1) : -1000;
  const max = high ? high.value! - (high.inclusive ? 0 : 1) : Math.max(min + 1000, 3000);
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) })
    : fc.double({ min, max: Math.max(min, max), noNaN: true, noDefaultInfinity: true });
}

/** A value for the schema: nearly always valid in shape, often carrying something nasty. */
export function nearlyValid(schema: unknown, ids: readonly string[], depth = 0): fc.Arbitrary<JsonNode> {
  const def = defOf(schema);
  const hostile: fc.Arbitrary<JsonNode> = fc.oneof(hostileString, hostileNumber, fc.constant(null));
  const withHostile = (valid: fc.Arbitrary<JsonNode>) =>
    fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: hostile });
  if (depth > 6) return hostile;
  switch (def.type) {
    case 'object': {
      const entries = Object.entries(def.shape ?? {}).map(([key, child]) => {
        const optional = ['optional', 'default'].includes(defOf(child).type);
        const value = nearlyValid(child, ids, depth + 1);
        return optional
          ? fc.option(
              value.map((v) => [key, v] as [string, JsonNode]),
              { nil: null, freq: 3 },
            )
          : value.map((v) => [key, v] as [string, JsonNode]);
      });
      return fc
        .tuple(...entries)
        .map((pairs) => ({ entries: pairs.filter((p): p is [string, JsonNode] => p !== null) }));
    }
    case 'string': {
      const valid = stringArbitrary(def, ids);
      return fc.oneof(
        { weight: 6, arbitrary: valid },
        { weight: 2, arbitrary: sprinkled(valid) },
        { weight: 1, arbitrary: hostile },
      );
    }
    case 'number':
      return withHostile(numberArbitrary(def));
    case 'boolean':
      return withHostile(fc.boolean());
    case 'enum':
      return withHostile(fc.constantFrom(...Object.values(def.entries ?? { x: 'x' })));
    case 'literal':
      return withHostile(fc.constantFrom(...((def.values ?? [null]) as JsonNode[])));
    case 'array': {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      const minLength = Math.min(checks.find((c) => c.check === 'min_length')?.minimum ?? 0, 3);
      return withHostile(
        fc.array(nearlyValid(def.element, ids, depth + 1), { minLength, maxLength: Math.max(minLength, 3) }),
      );
    }
    case 'record':
      return withHostile(
        fc
          .array(fc.tuple(fc.string({ maxLength: 8 }), nearlyValid(def.valueType, ids, depth + 1)), { maxLength: 3 })
          .map((entries) => ({ entries })),
      );
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => nearlyValid(o, ids, depth + 1)));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      return def.type === 'nullable'
        ? fc.oneof(
            { weight: 4, arbitrary: nearlyValid(def.innerType, ids, depth + 1) },
            { weight: 1, arbitrary: fc.constant(null) },
          )
        : nearlyValid(def.innerType, ids, depth + 1);
    case 'pipe':
      return nearlyValid(def.in, ids, depth + 1);
    default:
      return hostile;
  }
}
