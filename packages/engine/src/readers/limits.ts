/**
 * Bounds on what a reader accepts, so that a hostile or careless input fails at once with a message naming
 * the file instead of exhausting memory or the stack: file size (and the size a gzip file inflates to), and
 * nesting depth. `palisade --max-input-size` raises the size bound.
 */
export interface InputLimits {
  /** Largest file, and largest decompressed content, in bytes. */
  maxBytes: number;
  /** Deepest nesting of JSON arrays and objects. Real state nests a few dozen levels. */
  maxDepth: number;
}

/** 256 MiB: well under V8's largest string (~512 MiB), which a file must become to be parsed. */
export const DEFAULT_INPUT_LIMITS: Readonly<InputLimits> = { maxBytes: 256 * 1024 * 1024, maxDepth: 1000 };

/** V8 cannot make a string longer than this, whatever the bound says. */
export const MAX_STRING_BYTES = 0x1fffffe8;

let limits: InputLimits = { ...DEFAULT_INPUT_LIMITS };

export function inputLimits(): Readonly<InputLimits> {
  return limits;
}

export function setInputLimits(next: Partial<InputLimits>): void {
  limits = { ...limits, ...next };
}

const MIB = 1024 * 1024;
export const formatBytes = (n: number): string => (n >= MIB ? `${Math.round((n / MIB) * 10) / 10} MiB` : `${n} bytes`);

/**
 * The deepest nesting of `[`/`{` in JSON text, stopping as soon as `max` is passed (strings skipped).
 * Checked before parsing so that no recursive walk of the value can overflow the stack.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump over the string (most of a state file) with indexOf; a quote after an odd run of backslashes is escaped.
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let backslashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return false; // unterminated: JSON.parse reports it
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
