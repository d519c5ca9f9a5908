/**
 * @palisade/respond: the response forms of the Palisade controls as runbooks, one per file per cloud
 * (`src/aws`, `src/azure`, `src/gcp`), each idempotent, with a dry-run mode, exclusions and a structured record of
 * what it saw and did. `dist/functions/<cloud>/index.js` is the bundled function the landing zones deploy.
 */
import { defaultClients as awsDefaultClients, awsRunbooks } from "./aws";
import { defaultClients as azureDefaultClients, azureRunbooks } from "./azure";
import type { Runbook } from "./core/runbook";
import { defaultClients as gcpDefaultClients, gcpRunbooks } from "./gcp";

export * from "./core/dispatch";
export * from "./core/runbook";
export * from "./core/types";
export { awsRunbooks, azureRunbooks, gcpRunbooks };

// biome-ignore lint/suspicious/noExplicitAny: runbooks of all clouds
export const allRunbooks: ReadonlyArray<Runbook<any, any>> = [...awsRunbooks, ...azureRunbooks, ...gcpRunbooks];

export function runbookById(id: string) {
  return allRunbooks.find((r) => r.id === id);
}

/** Clients with the caller's own credentials for a cloud (read-only use: `palisade respond --live` forces dry-run). */
export function defaultClients(cloud: "aws" | "azure" | "gcp"): Promise<unknown> {
  return { aws: awsDefaultClients, azure: azureDefaultClients, gcp: gcpDefaultClients }[cloud]();
}
