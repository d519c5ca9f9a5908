export { backendRoot, readBackend, readCheckpointFile } from "./backend";
export { classifyDocument, detectInput, type InputKind, type ReadInputOptions, readInput } from "./detect";
export { readPreviewJson } from "./preview-json";
export { readStackExport } from "./stack-export";
