/**
 * Secrets never leave Palisade. Plan inputs show them as "[secret]"; and because a policy message may
 * quote a property value (CrossGuard hands policies secrets unwrapped), every string of the output is
 * also scrubbed of the plaintext of every secret seen in the inputs.
 */

const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const UNKNOWNS = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
  "030794c1-ac77-496b-92df-f27374a8bd58",
  "e48ece36-62e2-4504-bad9-02848725956a",
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
]);

/** Shortest secret text we scrub from free text; shorter values (true, 1, "on") cannot be told apart from ordinary words. */
export const MIN_SCRUB_LENGTH = 4;

const jsonEscaped = (s: string) => JSON.stringify(s).slice(1, -1);
const collapsed = (s: string) => s.replace(/\s+/g, " ");
const xmlEscaped = (s: string, apos: string | undefined) => {
  const t = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return apos === undefined ? t : t.replace(/'/g, apos);
};
const markdownEscaped = (s: string) =>
  collapsed(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
const scriptJson = (s: string) =>
  s
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

/**
 * Every form a secret's text can take in our outputs: as is, quoted by a policy with `JSON.stringify` (once,
 * or twice once that message is itself JSON), whitespace collapsed (Markdown, OSCAL), each line of a
 * multi-line value, and each of those as JSON, XML/HTML, Markdown, CSV and percent-encoding write it.
 */
export function secretForms(secret: string): Set<string> {
  const base = new Set<string>([secret, jsonEscaped(secret), jsonEscaped(jsonEscaped(secret)), collapsed(secret)]);
  if (/[\r\n]/.test(secret)) {
    for (const line of secret.split(/\r?\n|\r/)) if (line.trim().length >= MIN_SCRUB_LENGTH) base.add(line);
  }
  const forms = new Set<string>();
  for (const b of base) {
    for (const f of [
      b,
      jsonEscaped(b),
      xmlEscaped(b, "&apos;"),
      xmlEscaped(b, "&#39;"),
      xmlEscaped(b, undefined),
      markdownEscaped(b),
      b.replace(/"/g, '""'),
      scriptJson(jsonEscaped(b)),
      encodeURIComponent(b),
      encodeURI(b),
    ]) {
      if (f.length >= MIN_SCRUB_LENGTH) forms.add(f);
    }
  }
  return forms;
}

export class SecretRedactor {
  private readonly secrets = new Set<string>();
  /** Every encoded form of every secret, longest first when the pattern is built. */
  private readonly forms = new Set<string>();
  private pattern: RegExp | undefined;

  /** Wire-form value → display form; records secret plaintext for scrubbing. */
  display(value: unknown, insideSecret = false): unknown {
    if (typeof value === "string") {
      if (UNKNOWNS.has(value)) return insideSecret ? "[secret]" : "[unknown]";
      if (insideSecret) this.remember(value);
      return insideSecret ? "[secret]" : value;
    }
    if (typeof value === "number" || typeof value === "boolean") {
      // A secret boolean cannot be told apart from every other true/false in the output.
      if (insideSecret && typeof value === "number") this.remember(String(value));
      return insideSecret ? "[secret]" : value;
    }
    if (value === null || value === undefined) return insideSecret ? "[secret]" : (value ?? null);
    if (Array.isArray(value)) {
      const out = value.map((v) => this.display(v, insideSecret));
      return insideSecret ? "[secret]" : out;
    }
    const obj = value as Record<string, unknown>;
    if (obj[SIG_KEY] === SECRET_SIG) {
      this.display(obj.value, true);
      if (typeof obj.plaintext === "string") this.display(safeParse(obj.plaintext), true);
      return "[secret]";
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) defineOwn(out, k, this.display(v, insideSecret));
    return insideSecret ? "[secret]" : out;
  }

  /** Records a secret value known from elsewhere (e.g. secret config). */
  remember(text: string): void {
    if (text.length >= MIN_SCRUB_LENGTH && !this.secrets.has(text)) {
      this.secrets.add(text);
      for (const f of secretForms(text)) this.forms.add(f);
      this.pattern = undefined;
    }
  }

  scrub(text: string): string {
    if (this.secrets.size === 0) return text;
    this.pattern ??= new RegExp(
      [...this.forms]
        .sort((a, b) => b.length - a.length)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("|"),
      "g",
    );
    return text.replace(this.pattern, "[secret]");
  }

  /** Scrubs every string inside a JSON-like value. */
  scrubDeep<T>(value: T): T {
    if (this.secrets.size === 0) return value;
    if (typeof value === "string") return this.scrub(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.scrubDeep(v)) as T;
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) defineOwn(out, this.scrub(k), this.scrubDeep(v));
      return out as T;
    }
    return value;
  }
}

/** `out[key] = value` without the `__proto__` setter: input keys stay keys. */
function defineOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
