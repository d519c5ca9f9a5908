import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const elbClassicConnectionDraining = defineControl({
  id: "aws-elb-classic-connection-draining",
  title: "Classic Load Balancers drain connections",
  rationale: "Without connection draining, deregistering or failing an instance cuts in-flight requests off mid-way.",
  severity: "low",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:elb/loadBalancer:LoadBalancer"],
  frameworks: {
    "aws-fsbp": ["ELB.7"],
    "nist-800-53-r5": ["CP-10", "SC-5", "SC-36"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation: "Set connectionDraining: true (and connectionDrainingTimeout).",
  enforcementLevel: "advisory",
  tags: ["resilience", "load-balancing"],
  check: (r) =>
    r.props.connectionDraining === true
      ? pass()
      : fail(
          "connectionDraining",
          `connectionDraining is ${r.props.connectionDraining === undefined || r.props.connectionDraining === null ? "not set (default false)" : JSON.stringify(r.props.connectionDraining)}; set it to true`,
        ),
  examples: {
    compliant: [
      [{ type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [], connectionDraining: true, connectionDrainingTimeout: 300 } }],
    ],
    nonCompliant: [[{ type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [] } }]],
  },
});
