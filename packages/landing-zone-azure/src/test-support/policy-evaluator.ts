/**
 * A small evaluator for the part of the Azure Policy rule language the Palisade definitions use, for
 * tests: `field` (keywords and aliases), `value`, the conditions equals / notEquals / in / notIn / exists /
 * contains / notContains / like / notLike / less / lessOrEquals / greater / greaterOrEquals, the operators
 * anyOf / allOf / not, `count` over `[*]` aliases (with `where`, nested), and the template functions
 * parameters(), concat(), field(), current() and toLower().
 *
 * Semantics follow https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule
 * and https://learn.microsoft.com/azure/governance/policy/how-to/author-policies-for-arrays:
 * - string comparisons are case-insensitive; booleans compare as "true"/"false";
 * - a `[*]` alias outside `count` is true only when the condition holds for every element (an empty
 *   array makes it true);
 * - inside `count.where`, an alias below the counted one refers to the current element.
 *
 * Resources are ARM JSON ({ type, name, location, tags, kind, properties, ... }); aliases resolve through
 * the alias table the tests keep (alias → property path in that JSON).
 */

// biome-ignore lint/suspicious/noExplicitAny: ARM JSON and policy rules are untyped
type Json = any;

export interface AliasEntry {
  /** Path in the ARM resource JSON, with `[*]` for array elements, e.g. `properties.securityRules[*].properties.access`. */
  path: string;
  /** Where the alias is known from (built-in definition, CLI output, documentation). */
  source: string;
}

export type AliasTable = Record<string, AliasEntry>;

export interface Evaluation {
  /** Whether the `if` block matched (the effect applies). */
  matched: boolean;
  /** The effect with parameters resolved, e.g. "Deny". */
  effect: string;
}

const KEYWORDS = new Set(["type", "name", "fullname", "kind", "location", "id", "tags"]);

/** True for the rule-language keywords a `field` may name besides aliases (tags['x'] included). */
export function isFieldKeyword(field: string): boolean {
  if (KEYWORDS.has(field.toLowerCase())) return true;
  return /^tags(\[.+\]|\..+)$/i.test(field);
}

class Context {
  constructor(
    readonly resource: Json,
    readonly aliases: AliasTable,
    readonly parameters: Record<string, unknown>,
    /** `[*]` templates bound to an element index by enclosing counts (outermost first). */
    readonly bindings: { template: string; index: number }[] = [],
    /** Alias of the element being counted, for current(). */
    readonly currentAlias?: string,
  ) {}

  bind(template: string, index: number, alias: string): Context {
    return new Context(this.resource, this.aliases, this.parameters, [...this.bindings, { template, index }], alias);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Template expressions: "[parameters('x')]", "[concat('tags[', parameters('t'), ']')]"

function isExpression(v: unknown): v is string {
  return typeof v === "string" && v.startsWith("[") && v.endsWith("]") && !v.startsWith("[[");
}

function evalExpression(text: string, ctx: Context): unknown {
  let pos = 0;
  const src = text.slice(1, -1).trim();
  const skip = () => {
    while (pos < src.length && /\s/.test(src[pos])) pos++;
  };
  const parse = (): unknown => {
    skip();
    if (src[pos] === "'") {
      let out = "";
      pos++;
      while (pos < src.length) {
        if (src[pos] === "'" && src[pos + 1] === "'") {
          out += "'";
          pos += 2;
        } else if (src[pos] === "'") {
          pos++;
          return out;
        } else out += src[pos++];
      }
      throw new Error(`unterminated string in ${text}`);
    }
    const m = /^[A-Za-z][A-Za-z0-9]*/.exec(src.slice(pos));
    if (!m) {
      const num = /^-?\d+/.exec(src.slice(pos));
      if (num) {
        pos += num[0].length;
        return Number(num[0]);
      }
      throw new Error(`cannot parse ${text} at ${pos}`);
    }
    const fn = m[0];
    pos += fn.length;
    skip();
    if (src[pos] !== "(") throw new Error(`expected ( after ${fn} in ${text}`);
    pos++;
    const args: unknown[] = [];
    skip();
    while (src[pos] !== ")") {
      args.push(parse());
      skip();
      if (src[pos] === ",") pos++;
      skip();
    }
    pos++;
    return call(fn, args, ctx, text);
  };
  const result = parse();
  skip();
  if (pos !== src.length) throw new Error(`trailing characters in ${text}`);
  return result;
}

function call(fn: string, args: unknown[], ctx: Context, text: string): unknown {
  switch (fn.toLowerCase()) {
    case "parameters": {
      const name = String(args[0]);
      if (!(name in ctx.parameters)) throw new Error(`parameter ${name} is not declared (in ${text})`);
      return ctx.parameters[name];
    }
    case "concat":
      return args.every(Array.isArray) ? (args as unknown[][]).flat() : args.map((a) => String(a)).join("");
    case "field":
      return resolveField(String(args[0]), ctx).value;
    case "current":
      return resolveField(String(args[0] ?? ctx.currentAlias), ctx).value;
    case "tolower":
      return String(args[0]).toLowerCase();
    default:
      throw new Error(`template function ${fn} is not supported by the test evaluator (in ${text})`);
  }
}

function resolveValue(v: unknown, ctx: Context): unknown {
  return isExpression(v) ? evalExpression(v, ctx) : v;
}

// ---------------------------------------------------------------------------------------------------------
// Fields

/** A field's value: a single value, or `each` for an unbound [*] (the condition must hold for every element). */
type FieldValue = { each: false; value: unknown } | { each: true; values: unknown[] };

function getCI(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return undefined;
  const found = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : (obj as Record<string, unknown>)[found];
}

/** Walks "a.b[*].c[2].d"; returns every value reached (several when unbound [*] segments fan out). */
function walk(root: unknown, path: string): { values: unknown[]; fanned: boolean } {
  const segments = path.match(/[^.[\]]+|\[\*\]|\[\d+\]/g) ?? [];
  let current: unknown[] = [root];
  let fanned = false;
  for (const seg of segments) {
    const next: unknown[] = [];
    for (const v of current) {
      if (seg === "[*]") {
        fanned = true;
        if (Array.isArray(v)) next.push(...v);
      } else if (/^\[\d+\]$/.test(seg)) {
        next.push(Array.isArray(v) ? v[Number(seg.slice(1, -1))] : undefined);
      } else {
        next.push(getCI(v, seg));
      }
    }
    current = next;
  }
  return { values: current, fanned };
}

function aliasEntry(alias: string, ctx: Context): AliasEntry {
  const key = Object.keys(ctx.aliases).find((a) => a.toLowerCase() === alias.toLowerCase());
  if (!key) throw new Error(`alias ${alias} is not in the alias table`);
  return ctx.aliases[key];
}

/** Applies enclosing count bindings: "x[*].y[*].z" with x[*] bound to 1 → "x[1].y[*].z". */
function boundPath(template: string, ctx: Context): string {
  // The n-th [*] of the template is bound when an enclosing count counted a template with n [*] that
  // prefixes this one (nested counts bind the outer and the inner array).
  const indexes = new Map<number, number>();
  for (const b of ctx.bindings) {
    if (template.toLowerCase().startsWith(b.template.toLowerCase())) indexes.set(b.template.split("[*]").length - 2, b.index);
  }
  let n = -1;
  return template.replace(/\[\*\]/g, (star) => {
    n++;
    return indexes.has(n) ? `[${indexes.get(n)}]` : star;
  });
}

function resolveField(field: string, ctx: Context): FieldValue {
  const lower = field.toLowerCase();
  const r = ctx.resource;
  // Resource Manager hands policy the normalised region name ("North Europe" → "northeurope").
  if (lower === "location") {
    const l = getCI(r, "location");
    return { each: false, value: typeof l === "string" ? l.replace(/\s+/g, "").toLowerCase() : l };
  }
  if (lower === "type" || lower === "name" || lower === "kind" || lower === "id") {
    return { each: false, value: getCI(r, lower) };
  }
  if (lower === "fullname") return { each: false, value: r.fullName ?? r.name };
  if (lower === "tags") return { each: false, value: r.tags };
  const tag = /^tags(?:\['(.+)'\]|\[(.+)\]|\.(.+))$/i.exec(field);
  if (tag) return { each: false, value: getCI(r.tags ?? {}, tag[1] ?? tag[2] ?? tag[3]) };
  const entry = aliasEntry(field, ctx);
  const path = boundPath(entry.path, ctx);
  const { values, fanned } = walk(r, path);
  return fanned ? { each: true, values } : { each: false, value: values[0] };
}

// ---------------------------------------------------------------------------------------------------------
// Conditions

const OPERATORS = [
  "equals",
  "notEquals",
  "in",
  "notIn",
  "exists",
  "contains",
  "notContains",
  "like",
  "notLike",
  "less",
  "lessOrEquals",
  "greater",
  "greaterOrEquals",
] as const;

function text(v: unknown): string {
  return typeof v === "string"
    ? v.toLowerCase()
    : typeof v === "boolean" || typeof v === "number"
      ? String(v).toLowerCase()
      : JSON.stringify(v);
}

function likeMatches(value: unknown, pattern: string): boolean {
  if (typeof value !== "string") return false;
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`, "i");
  return re.test(value);
}

function compare(a: unknown, b: unknown): number | undefined {
  if (a === undefined || a === null) return undefined;
  const na = Number(a);
  const nb = Number(b);
  if (typeof a !== "boolean" && !Number.isNaN(na) && !Number.isNaN(nb) && a !== "" && b !== "") return na - nb;
  return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

function applyOperator(op: (typeof OPERATORS)[number], actual: unknown, expected: unknown): boolean {
  const missing = actual === undefined || actual === null;
  switch (op) {
    case "exists": {
      const want = text(expected) === "true";
      return want ? !missing : missing;
    }
    case "equals":
      return !missing && text(actual) === text(expected);
    case "notEquals":
      return missing || text(actual) !== text(expected);
    case "in":
      return !missing && Array.isArray(expected) && expected.some((e) => text(e) === text(actual));
    case "notIn":
      return missing || !Array.isArray(expected) || !expected.some((e) => text(e) === text(actual));
    case "contains":
      return typeof actual === "string"
        ? actual.toLowerCase().includes(text(expected))
        : Array.isArray(actual) && actual.some((x) => text(x) === text(expected));
    case "notContains":
      return !applyOperator("contains", actual, expected);
    case "like":
      return likeMatches(actual, String(expected));
    case "notLike":
      return !likeMatches(actual, String(expected));
    case "less":
    case "lessOrEquals":
    case "greater":
    case "greaterOrEquals": {
      const c = compare(actual, expected);
      if (c === undefined) return false;
      return op === "less" ? c < 0 : op === "lessOrEquals" ? c <= 0 : op === "greater" ? c > 0 : c >= 0;
    }
  }
}

function operatorOf(condition: Json): (typeof OPERATORS)[number] {
  const ops = OPERATORS.filter((o) => o in condition);
  if (ops.length !== 1) throw new Error(`condition ${JSON.stringify(condition)} needs exactly one operator (${OPERATORS.join(", ")})`);
  return ops[0];
}

function countOf(spec: Json, ctx: Context): number {
  if (typeof spec.field !== "string") throw new Error(`only field counts are supported: ${JSON.stringify(spec)}`);
  const field = isExpression(spec.field) ? String(evalExpression(spec.field, ctx)) : spec.field;
  if (!field.endsWith("[*]")) throw new Error(`count.field must end with [*]: ${field}`);
  const entry = aliasEntry(field, ctx);
  const template = entry.path;
  if (!template.endsWith("[*]")) throw new Error(`alias ${field} does not map to an array path (${template})`);
  const arrayPath = boundPath(template, ctx).slice(0, -3);
  const { values } = walk(ctx.resource, arrayPath);
  const array = Array.isArray(values[0]) ? (values[0] as unknown[]) : [];
  if (!spec.where) return array.length;
  let n = 0;
  array.forEach((_, i) => {
    if (evaluateCondition(spec.where, ctx.bind(template, i, field))) n++;
  });
  return n;
}

export function evaluateCondition(condition: Json, ctx: Context): boolean {
  if (Array.isArray(condition.allOf)) return condition.allOf.every((c: Json) => evaluateCondition(c, ctx));
  if (Array.isArray(condition.anyOf)) return condition.anyOf.some((c: Json) => evaluateCondition(c, ctx));
  if (condition.not !== undefined) return !evaluateCondition(condition.not, ctx);
  const op = operatorOf(condition);
  const expected = resolveValue(condition[op], ctx);
  if (condition.count !== undefined) return applyOperator(op, countOf(condition.count, ctx), expected);
  if ("value" in condition) return applyOperator(op, resolveValue(condition.value, ctx), expected);
  if (typeof condition.field !== "string") throw new Error(`condition ${JSON.stringify(condition)} has no field, value or count`);
  const field = isExpression(condition.field) ? String(evalExpression(condition.field, ctx)) : condition.field;
  const v = resolveField(field, ctx);
  return v.each ? v.values.every((x) => applyOperator(op, x, expected)) : applyOperator(op, v.value, expected);
}

/** Parameter values an evaluation uses: the definition's defaults overridden by the assignment's values. */
export function parameterValues(definition: Json, assigned: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, p] of Object.entries<Json>(definition.parameters ?? {})) if (p.defaultValue !== undefined) out[name] = p.defaultValue;
  return { ...out, ...assigned };
}

/** Evaluates a definition (`{ policyRule, parameters }`) against an ARM resource. */
export function evaluate(definition: Json, resource: Json, aliases: AliasTable, assigned: Record<string, unknown> = {}): Evaluation {
  const ctx = new Context(resource, aliases, parameterValues(definition, assigned));
  const rule = definition.policyRule;
  const matched = evaluateCondition(rule.if, ctx);
  const effect = String(resolveValue(rule.then.effect, ctx));
  return { matched, effect };
}

/** True when the definition, with the given effect, would refuse the request. */
export function denies(definition: Json, resource: Json, aliases: AliasTable, assigned: Record<string, unknown> = {}): boolean {
  const r = evaluate(definition, resource, aliases, assigned);
  return r.matched && r.effect.toLowerCase() === "deny";
}

/** Every `field` (and count field) a rule uses, expressions evaluated with the given parameters. */
export function fieldsOf(rule: Json, parameters: Record<string, unknown> = {}): string[] {
  const out: string[] = [];
  const ctx = new Context({}, {}, parameters);
  const visit = (node: Json) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node.field === "string") out.push(isExpression(node.field) ? String(evalExpression(node.field, ctx)) : node.field);
    for (const [k, v] of Object.entries(node)) if (k !== "field") visit(v);
  };
  visit(rule);
  return out;
}

/** Names of the parameters a rule refers to through parameters('...'). */
export function parametersUsed(rule: Json): string[] {
  const names = new Set<string>();
  const visit = (node: Json) => {
    if (typeof node === "string") for (const m of node.matchAll(/parameters\('([^']+)'\)/g)) names.add(m[1]);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") Object.values(node).forEach(visit);
  };
  visit(rule);
  return [...names];
}
