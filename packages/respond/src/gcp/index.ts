import { GoogleAuth } from "google-auth-library";
import { consoleSink, dispatch, enabled, readFunctionConfig } from "../core/dispatch";
import type { Runbook } from "../core/runbook";
import type { ResponseRecord } from "../core/types";
import { bucketPublicMembers } from "./bucket-public-members";
import { type GcpClients, gcpClients } from "./clients";
import { datasetPublicAccess } from "./dataset-public-access";
import { firewallAdminPorts } from "./firewall-admin-ports";
import { instanceCompromised } from "./instance-compromised";
import { pubsubSink } from "./sinks";

export * from "./clients";

/** Application Default Credentials, for `palisade respond --live` dry runs. */
export async function defaultClients(): Promise<GcpClients> {
  return gcpClients(await new GoogleAuth({ scopes: ["https://www.googleapis.com/auth/cloud-platform"] }).getClient());
}
export { pubsubSink } from "./sinks";

// biome-ignore lint/suspicious/noExplicitAny: targets differ per runbook
export const gcpRunbooks: ReadonlyArray<Runbook<any, GcpClients>> = [
  firewallAdminPorts,
  bucketPublicMembers,
  datasetPublicAccess,
  instanceCompromised,
];

/**
 * The Cloud Functions (2nd gen) CloudEvent handler for the SCC notification and log-sink Pub/Sub topics. Environment
 * as for every cloud, plus PALISADE_RESPOND_TOPIC (`projects/<p>/topics/<t>`) for the alert topic. The function's
 * service account holds only the roles the runbooks need, granted at the organisation by the landing zone.
 */
export async function handler(cloudEvent: unknown): Promise<ResponseRecord[]> {
  const config = readFunctionConfig(process.env);
  const auth = await new GoogleAuth({ scopes: ["https://www.googleapis.com/auth/cloud-platform"] }).getClient();
  const clients = gcpClients(auth);
  const topic = process.env.PALISADE_RESPOND_TOPIC;
  return dispatch(enabled(gcpRunbooks, config.runbooks), cloudEvent, clients, {
    ...config,
    sinks: [consoleSink, ...(topic ? [pubsubSink(clients, topic)] : [])],
  });
}
