export { backendRoot, listCheckpoints, readBackend, readCheckpointFile, type StackFile } from "./backend";
export { classifyDocument, detectInput, type InputKind, type ReadInputOptions, readInput, readInputText } from "./detect";
export { checkRegularFile, jsonErrorWithoutText, statError } from "./json-file";
export { DEFAULT_INPUT_LIMITS, type InputLimits, inputLimits, setInputLimits } from "./limits";
export { readPreviewJson } from "./preview-json";
export { readStackExport } from "./stack-export";
