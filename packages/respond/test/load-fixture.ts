import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A committed sample event, parsed fresh for each use. */
export default function event(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, "fixtures", name), "utf8"));
}
