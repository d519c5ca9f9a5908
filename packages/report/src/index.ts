export * from "./build";
export * from "./compliance";
export * from "./formats/csv";
export * from "./formats/html";
export * from "./formats/json";
export * from "./formats/junit";
export * from "./formats/markdown";
export * from "./formats/oscal";
export * from "./formats/sarif";
export * from "./formats/text";
export * from "./model";
export * from "./redact";
export * from "./write";

import { join } from "node:path";

/** Path of the JSON Schema of the scan output (schemaVersion 1). */
export const SCAN_RESULT_SCHEMA_PATH = join(__dirname, "..", "schema", "scan-result.schema.json");

/** Path of the JSON Schema of the compliance report (`palisade report --format json`). */
export const COMPLIANCE_REPORT_SCHEMA_PATH = join(__dirname, "..", "schema", "compliance-report.schema.json");
