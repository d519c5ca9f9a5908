export * from "./build";
export * from "./formats/json";
export * from "./formats/junit";
export * from "./formats/sarif";
export * from "./formats/text";
export * from "./model";
export * from "./redact";
export * from "./write";

import { join } from "node:path";

/** Path of the JSON Schema of the scan output (schemaVersion 1). */
export const SCAN_RESULT_SCHEMA_PATH = join(__dirname, "..", "schema", "scan-result.schema.json");
