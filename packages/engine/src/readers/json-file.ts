import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { InputError } from "../model/snapshot";

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
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(file, "not found");
    if (code === "EISDIR") throw new InputError(file, `is a directory, expected ${expected}`);
    throw new InputError(file, `cannot read: ${(err as Error).message}`);
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      throw new InputError(file, `invalid gzip data: ${(err as Error).message}`);
    }
  }
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM would make JSON.parse fail
  if (!/\S/.test(text)) throw new InputError(file, `empty file, expected ${expected}`);
  try {
    return { value: JSON.parse(text), text };
  } catch (err) {
    throw new InputError(file, `invalid JSON: ${(err as Error).message}`);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
