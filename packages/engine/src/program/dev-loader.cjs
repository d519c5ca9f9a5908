// Preloaded into the program child only when the engine runs from its TypeScript sources (its tests):
// tsx transpiles child.ts, and the child removes these hooks again before it loads a CommonJS program,
// which runs under ts-node as it does under the Pulumi CLI. See childEntry in runProgram.ts.
const { register } = require("tsx/cjs/api");

globalThis.__palisadeUnregisterTsx = register();
