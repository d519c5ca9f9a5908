import { DefaultAzureCredential } from "@azure/identity";
import { consoleSink, dispatch, enabled, readFunctionConfig } from "../core/dispatch";
import type { Runbook } from "../core/runbook";
import type { ResponseRecord } from "../core/types";
import { type AzureClients, azureClients } from "./clients";
import { nsgAdminPorts } from "./nsg-admin-ports";
import { storagePublicAccess } from "./storage-public-access";
import { vmCompromised } from "./vm-compromised";

export * from "./clients";

/** The caller's own credentials (DefaultAzureCredential), for `palisade respond --live` dry runs. */
export async function defaultClients(): Promise<AzureClients> {
  return azureClients(new DefaultAzureCredential());
}

// biome-ignore lint/suspicious/noExplicitAny: targets differ per runbook
export const azureRunbooks: ReadonlyArray<Runbook<any, AzureClients>> = [nsgAdminPorts, storagePublicAccess, vmCompromised];

/**
 * The Azure Functions handler (Event Grid and Event Hub triggers call it with each event). Records go to the
 * function's log (Application Insights → the central Log Analytics workspace), where the landing zone's alert rule
 * turns failed and remediated records into notifications to the security action group.
 */
export async function handler(event: unknown): Promise<ResponseRecord[]> {
  const config = readFunctionConfig(process.env);
  return dispatch(enabled(azureRunbooks, config.runbooks), event, azureClients(new DefaultAzureCredential()), {
    ...config,
    sinks: [consoleSink],
  });
}

/** Entry point of the Function App's Event Grid trigger (`function.json` binds `eventGridTrigger` to it): `(context, event)`. */
export async function eventGridTrigger(_context: unknown, event: unknown): Promise<ResponseRecord[]> {
  return handler(event);
}

/** Entry point of the Event Hub trigger that receives exported Defender for Cloud alerts, one batch at a time. */
export async function eventHubTrigger(_context: unknown, events: unknown): Promise<ResponseRecord[]> {
  const records: ResponseRecord[] = [];
  for (const e of Array.isArray(events) ? events : [events]) records.push(...(await handler(typeof e === "string" ? JSON.parse(e) : e)));
  return records;
}
