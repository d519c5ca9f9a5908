import { SNSClient } from "@aws-sdk/client-sns";
import { consoleSink, dispatch, enabled, readFunctionConfig } from "../core/dispatch";
import type { Runbook } from "../core/runbook";
import type { ResponseRecord } from "../core/types";
import { type AwsClients, assumeRoleClients, staticClients } from "./clients";
import { ec2CompromisedInstance } from "./ec2-compromised-instance";
import { iamAccessKeyExposed } from "./iam-access-key-exposed";
import { rootUserActivity } from "./root-user-activity";
import { s3PublicAccessBlock } from "./s3-public-access-block";
import { securityGroupAdminPorts } from "./security-group-admin-ports";
import { snsSink } from "./sinks";

export * from "./clients";

/** The caller's own credentials (the SDK's default chain), for `palisade respond --live` dry runs. */
export async function defaultClients(): Promise<AwsClients> {
  return staticClients({});
}
export { snsSink } from "./sinks";

// biome-ignore lint/suspicious/noExplicitAny: targets differ per runbook
export const awsRunbooks: ReadonlyArray<Runbook<any, AwsClients>> = [
  securityGroupAdminPorts,
  s3PublicAccessBlock,
  iamAccessKeyExposed,
  ec2CompromisedInstance,
  rootUserActivity,
];

let warm: { roleName: string; clients: AwsClients } | undefined;

/**
 * The Lambda handler the AWS landing zone deploys in the audit account. Environment: PALISADE_RESPOND_RUNBOOKS
 * (`id=automatic|dry-run`, comma-separated), PALISADE_RESPOND_EXCLUSIONS (JSON), PALISADE_RESPOND_ROLE_NAME
 * (the role assumed in member accounts), PALISADE_RESPOND_TOPIC_ARN (the alert topic).
 */
export async function handler(event: unknown): Promise<ResponseRecord[]> {
  const config = readFunctionConfig(process.env);
  const roleName = process.env.PALISADE_RESPOND_ROLE_NAME;
  if (!roleName) throw new Error("PALISADE_RESPOND_ROLE_NAME is not set");
  const topic = process.env.PALISADE_RESPOND_TOPIC_ARN;
  const sinks = [consoleSink, ...(topic ? [snsSink(new SNSClient({}), topic)] : [])];
  // Kept across invocations of a warm function: one AssumeRole per member account and region per session lifetime.
  if (warm?.roleName !== roleName) warm = { roleName, clients: assumeRoleClients({ roleName }) };
  return dispatch(enabled(awsRunbooks, config.runbooks), event, warm.clients, { exclusions: config.exclusions, sinks });
}
