import { describe, expect, it } from "vitest";
import { runExample } from "../../testing/harness";
import { CIS_AWS_MONITORING, cisMonitoring, EVENT_RULE, EVENT_TARGET, eventPatternPairs, filterCovers, TRAIL } from "./cis-monitoring";
import { cloudwatchMonitorRouteTableChanges } from "./monitor-route-table-changes";
import { cloudwatchMonitorUnauthorizedApiCalls } from "./monitor-unauthorized-api-calls";

const trail = { type: TRAIL, name: "trail", props: { s3BucketName: "logs" } };

describe("CIS AWS monitoring family", () => {
  it("covers CIS AWS 3.0 4.1-4.15 and 7.0 5.1-5.15 once each", () => {
    expect(CIS_AWS_MONITORING.map((m) => m.cis3)).toEqual(Array.from({ length: 15 }, (_, i) => `4.${i + 1}`));
    expect(CIS_AWS_MONITORING.map((m) => m.cis7)).toEqual(Array.from({ length: 15 }, (_, i) => `5.${i + 1}`));
  });

  it("accepts the CIS patterns as CIS prints them, with spacing and quoting", () => {
    expect(
      filterCovers(
        '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }',
        cisMonitoring("unauthorized-api-calls"),
      ),
    ).toBe(true);
    expect(
      filterCovers(
        "{ ($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }",
        cisMonitoring("kms-key-disable-or-deletion"),
      ),
    ).toBe(true);
  });

  it("does not take one event name for a longer one (CreateRouteTable is not CreateRoute)", () => {
    const spec = cisMonitoring("route-table-changes");
    const withoutCreateRoute = spec.filterPattern.replace("($.eventName=CreateRoute)||", "");
    expect(withoutCreateRoute).not.toBe(spec.filterPattern);
    expect(filterCovers(withoutCreateRoute, spec)).toBe(false);
    expect(filterCovers(spec.filterPattern, spec)).toBe(true);
  });

  it("does not count a negated clause as the clause", () => {
    expect(filterCovers('{ $.userIdentity.type != "Root" }', cisMonitoring("root-user-activity"))).toBe(false);
  });

  it("reads EventBridge content filters and skips anything-but", () => {
    const pairs = eventPatternPairs(
      JSON.stringify({
        detail: {
          errorCode: [{ prefix: "AccessDenied" }, { wildcard: "*UnauthorizedOperation" }],
          eventName: [{ "anything-but": "CreateVpc" }],
        },
      }),
    );
    expect(pairs.has("detail.errorcode=accessdenied")).toBe(true);
    expect(pairs.has("detail.errorcode=unauthorizedoperation")).toBe(true);
    expect([...pairs].some((p) => p.includes("createvpc"))).toBe(false);
  });

  it("fails an EventBridge rule that watches only some of the events, and one without a target", () => {
    const partial = {
      type: EVENT_RULE,
      name: "rule",
      props: { eventPattern: JSON.stringify({ detail: { eventName: ["CreateRoute", "DeleteRoute"] } }) },
    };
    const target = { type: EVENT_TARGET, name: "t", props: { rule: "r", arn: "arn:aws:sns:eu-west-1:1:a" }, refs: { rule: ["rule"] } };
    expect(runExample(cloudwatchMonitorRouteTableChanges, [trail, partial, target]).status).toBe("fail");
    const full = { ...partial, props: { eventPattern: JSON.stringify(cisMonitoring("route-table-changes").eventPattern) } };
    expect(runExample(cloudwatchMonitorRouteTableChanges, [trail, full, target]).status).toBe("pass");
    expect(runExample(cloudwatchMonitorRouteTableChanges, [trail, full]).status).toBe("fail");
    const disabled = { ...full, props: { ...full.props, state: "DISABLED" } };
    expect(runExample(cloudwatchMonitorRouteTableChanges, [trail, disabled, target]).status).toBe("fail");
  });

  it("is not applicable to a stack without a trail", () => {
    expect(runExample(cloudwatchMonitorUnauthorizedApiCalls, [{ type: "aws:sns/topic:Topic", name: "t", props: {} }]).status).toBe(
      "not-applicable",
    );
  });
});
