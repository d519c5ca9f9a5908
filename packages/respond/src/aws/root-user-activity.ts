import type { Runbook } from "../core/runbook";
import type { AwsClients } from "./clients";
import { envelope, triggerOf } from "./events";

interface Target {
  account: string;
  region: string;
  context: Record<string, unknown>;
}

/**
 * Root-user activity: alert only, with the context a responder needs first (what, from where, with which client,
 * with or without MFA). Root is the break-glass of last resort, so nothing is changed automatically.
 */
export const rootUserActivity: Runbook<Target, AwsClients> = {
  id: "aws-alert-root-user-activity",
  cloud: "aws",
  controlId: "aws-organizations-deny-root-user",
  title: "Alert on root-user activity with its context",
  trigger: "CloudTrail event (API call or console sign-in) with userIdentity.type = Root, not invoked by an AWS service",
  action: "alert only: record with event, source IP, user agent, MFA, region, to the central log and the alert topic",
  triggerOf,
  parse(event) {
    const e = envelope(event);
    if (!e || !["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"].includes(e["detail-type"]!)) return undefined;
    const d = e.detail ?? {};
    if (d.userIdentity?.type !== "Root" || d.userIdentity?.invokedBy) return undefined;
    return {
      account: String(d.recipientAccountId ?? e.account),
      region: String(d.awsRegion ?? e.region),
      context: {
        eventName: d.eventName,
        eventSource: d.eventSource,
        eventTime: d.eventTime,
        sourceIPAddress: d.sourceIPAddress,
        userAgent: d.userAgent,
        mfaUsed: d.additionalEventData?.MFAUsed ?? d.userIdentity?.sessionContext?.attributes?.mfaAuthenticated ?? null,
        loginResult: d.responseElements?.ConsoleLogin ?? null,
        errorCode: d.errorCode ?? null,
      },
    };
  },
  scopeOf: (t) => ({ kind: "account", id: t.account }),
  plan: (t) => [`alert: root user of ${t.account} called ${String(t.context.eventName)} from ${String(t.context.sourceIPAddress)}`],
  async respond(t) {
    return { resource: { id: `arn:aws:iam::${t.account}:root`, scope: t.account, region: t.region }, before: t.context, alertOnly: true };
  },
};
