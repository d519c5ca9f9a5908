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
const MIN_SCRUB_LENGTH = 4;

export class SecretRedactor {
  private readonly secrets = new Set<string>();
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
    for (const [k, v] of Object.entries(obj)) out[k] = this.display(v, insideSecret);
    return insideSecret ? "[secret]" : out;
  }

  /** Records a secret value known from elsewhere (e.g. secret config). */
  remember(text: string): void {
    if (text.length >= MIN_SCRUB_LENGTH && !this.secrets.has(text)) {
      this.secrets.add(text);
      this.pattern = undefined;
    }
  }

  scrub(text: string): string {
    if (this.secrets.size === 0) return text;
    this.pattern ??= new RegExp(
      [...this.secrets]
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
      for (const [k, v] of Object.entries(value)) out[this.scrub(k)] = this.scrubDeep(v);
      return out as T;
    }
    return value;
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
