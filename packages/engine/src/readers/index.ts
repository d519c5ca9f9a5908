export { backendRoot, readBackend, readCheckpointFile } from "./backend";
export { classifyDocument, detectInput, type InputKind, type ReadInputOptions, readInput, readInputText } from "./detect";
export { readPreviewJson } from "./preview-json";
export { readStackExport } from "./stack-export";
