export { answerInvoke, type InvokeContext, renderPolicyDocument } from "./invoke-mocks";
export { OFFLINE_LOOKUP_MARK } from "./lookup-shapes";
export { type LoadedProject, loadProject, SECRET_CONFIG_PLACEHOLDER } from "./project";
export { type RunProgramOptions, runProgram } from "./runProgram";
