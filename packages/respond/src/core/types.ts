/** The vocabulary every runbook shares, whatever its cloud. */

export type ResponseMode = "automatic" | "dry-run";

/**
 * What a runbook never touches. Break-glass principals are always excluded; the landing zones pass theirs in.
 * A resource is excluded when any of its tags matches (`key` alone matches any value, `key=value` only that value),
 * or its account / subscription / project is listed.
 */
export interface Exclusions {
  tags?: readonly string[];
  accounts?: readonly string[];
  subscriptions?: readonly string[];
  projects?: readonly string[];
  /** IAM user / role names or ARNs (AWS), principal object ids or names (Azure), member emails (GCP). */
  principals?: readonly string[];
}

export type ActionStatus = "done" | "planned" | "skipped";

/** One change a runbook made or would make, named by the API call that makes it. */
export interface ResponseAction {
  /** The API operation, e.g. `ec2:RevokeSecurityGroupIngress`, `Microsoft.Network/networkSecurityGroups/securityRules/delete`. */
  api: string;
  target: string;
  /** The parameters sent (or that would be sent), secrets never included. */
  params: Record<string, unknown>;
  status: ActionStatus;
  reason?: string;
}

export type Outcome =
  /** Changes were made. */
  | "remediated"
  /** Dry run: the actions list what would have been done. */
  | "would-remediate"
  /** Nothing to do: a previous run or a person already fixed it. */
  | "already-compliant"
  /** Alert-only runbooks: the record is the action. */
  | "alerted"
  /** The resource, its account/subscription/project or the principal is excluded. */
  | "excluded"
  /** The event is not one this runbook answers. */
  | "ignored"
  | "failed";

export type FailureKind = "access-denied" | "not-found" | "throttled" | "invalid-event" | "error";

/** The structured record every run writes to the central log and the alert topic. */
export interface ResponseRecord {
  schemaVersion: 1;
  runbook: string;
  controlId: string;
  cloud: "aws" | "azure" | "gcp";
  mode: ResponseMode;
  startedAt: string;
  finishedAt: string;
  trigger: { source: string; type: string; id?: string; time?: string };
  resource?: { id: string; scope?: string; region?: string };
  outcome: Outcome;
  reason?: string;
  before?: unknown;
  after?: unknown;
  actions: ResponseAction[];
  error?: { kind: FailureKind; code?: string; status?: number; message: string };
}

/** Where records go besides the return value: the central log, the alert topic. */
export interface RecordSink {
  write(record: ResponseRecord): Promise<void>;
}

export interface RunOptions {
  mode: ResponseMode;
  exclusions?: Exclusions;
  sinks?: readonly RecordSink[];
  now?: () => Date;
}
