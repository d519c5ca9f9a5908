import { isUtf8 } from "node:buffer";
import { readFile, stat } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { InputError } from "../model/snapshot";
import { formatBytes, inputLimits, jsonDepthExceeds, MAX_STRING_BYTES } from "./limits";

export interface JsonFile {
  value: unknown;
  /** The raw text, kept so callers can skip whole passes (e.g. no secret signature anywhere). */
  text: string;
}

/**
 * Reads and parses one JSON file, gunzipping it when it starts with the gzip magic bytes (DIY backends
 * write `.json.gz` checkpoints). One `JSON.parse`, no other copy of the data: exports can be large.
 * `expected` says what the file should have been, for the error messages.
 */
export async function readJsonFile(file: string, expected: string): Promise<JsonFile> {
  const { maxBytes, maxDepth } = inputLimits();
  await checkRegularFile(file, expected, maxBytes);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(file, `cannot read: ${(err as Error).message}`);
  }
  // The file may have grown since it was checked.
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      // Bounded: a gzip bomb stops at the limit instead of inflating fully.
      bytes = gunzipSync(bytes, { maxOutputLength: Math.min(maxBytes, MAX_STRING_BYTES) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
        throw new InputError(
          file,
          `decompresses to more than ${formatBytes(maxBytes)}; raise the bound with --max-input-size if it is genuine`,
        );
      }
      throw new InputError(file, `invalid gzip data: ${(err as Error).message}`);
    }
  }
  // Invalid UTF-8 would be replaced silently and change what a check sees.
  if (!isUtf8(bytes)) throw new InputError(file, `is not valid UTF-8 text, expected ${expected}`);
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM would make JSON.parse fail
  if (!/\S/.test(text)) throw new InputError(file, `empty file, expected ${expected}`);
  if (jsonDepthExceeds(text, maxDepth)) throw new InputError(file, `nests arrays and objects more than ${maxDepth} levels deep`);
  try {
    return { value: JSON.parse(text), text };
  } catch (err) {
    throw new InputError(file, `invalid JSON: ${jsonErrorWithoutText((err as Error).message)}`);
  }
}

/** V8's JSON errors quote the text around the error, which may hold a secret: keep only the position. */
export function jsonErrorWithoutText(message: string): string {
  return message
    .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, " (not valid JSON)")
    .replace(/^Unexpected token '[\s\S]'/, "Unexpected token")
    .replace(/\s+/g, " ")
    .trim();
}

const tooLarge = (file: string, size: number, max: number) =>
  new InputError(
    file,
    `is ${formatBytes(size)}, more than the ${formatBytes(max)} an input may be; raise the bound with --max-input-size if it is genuine`,
  );

/**
 * Refuses at once what is not a regular file: a FIFO would block the read forever, a device such as
 * /dev/zero never ends. `stat` follows symlinks, and a symlink loop is named as one.
 */
export async function checkRegularFile(file: string, expected: string, maxBytes = inputLimits().maxBytes): Promise<void> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(file);
  } catch (err) {
    throw statError(file, err);
  }
  if (st.isDirectory()) throw new InputError(file, `is a directory, expected ${expected}`);
  if (!st.isFile()) throw new InputError(file, `is ${kindOf(st)}, not a regular file; expected ${expected}`);
  if (st.size > maxBytes) throw tooLarge(file, st.size, maxBytes);
}

export function statError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new InputError(file, "not found");
  if (code === "ELOOP") return new InputError(file, "is a symlink loop (too many levels of symbolic links)");
  if (code === "EACCES") return new InputError(file, "permission denied");
  return new InputError(file, `cannot read: ${(err as Error).message}`);
}

function kindOf(st: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
