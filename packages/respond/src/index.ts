/**
 * @palisade/respond: the response forms of the Palisade controls as runbooks, one per file per cloud
 * (`src/aws`, `src/azure`, `src/gcp`), each idempotent, with a dry-run mode, exclusions and a structured record of
 * what it saw and did. `dist/functions/<cloud>/index.js` is the bundled function the landing zones deploy.
 */
import { awsRunbooks } from "./aws";
import { azureRunbooks } from "./azure";
import type { Runbook } from "./core/runbook";
import { gcpRunbooks } from "./gcp";

export * from "./core/dispatch";
export * from "./core/runbook";
export * from "./core/types";
export { awsRunbooks, azureRunbooks, gcpRunbooks };

// biome-ignore lint/suspicious/noExplicitAny: runbooks of all clouds
export const allRunbooks: ReadonlyArray<Runbook<any, any>> = [...awsRunbooks, ...azureRunbooks, ...gcpRunbooks];

export function runbookById(id: string) {
  return allRunbooks.find((r) => r.id === id);
}
