import { defineControl } from "../../model/control";
import { failAll, notApplicable, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

/**
 * An HTTP listener may only redirect to HTTPS. A listener without `protocol` but with a `port` is an ALB
 * listener on its default protocol, HTTP (Gateway Load Balancer listeners have neither).
 */
export const elbListenerHttpRedirect = defineControl({
  id: "aws-elb-listener-http-redirect",
  title: "HTTP load balancer listeners only redirect to HTTPS",
  rationale: "An HTTP listener that forwards requests serves the application, cookies and credentials in clear text to anyone on the path.",
  severity: "medium",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:lb/listener:Listener", "aws:alb/listener:Listener"],
  frameworks: {
    "aws-fsbp": ["ELB.1"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    'Make the HTTP listener\'s only default action { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } } and serve the application on an HTTPS listener.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "edge"],
  check: (r) => {
    const protocol = r.props.protocol;
    const http =
      (typeof protocol === "string" && protocol.trim().toUpperCase() === "HTTP") ||
      (protocol === undefined && r.props.port !== undefined && r.props.port !== null);
    if (!http) return notApplicable("not an HTTP listener");
    const violations: Violation[] = [];
    const actions = objectsOf(r.props.defaultActions);
    if (actions.length === 0)
      violations.push({ property: "defaultActions", message: "the HTTP listener has no default action; add a redirect to HTTPS" });
    actions.forEach((a, i) => {
      const redirectsToHttps =
        a.type === "redirect" && typeof a.redirect?.protocol === "string" && a.redirect.protocol.toUpperCase() === "HTTPS";
      if (!redirectsToHttps) {
        violations.push({
          property: `defaultActions[${i}]`,
          message: `defaultActions[${i}] is ${JSON.stringify(a.type ?? null)} on plain HTTP; replace it with a redirect to protocol "HTTPS"`,
        });
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:lb/listener:Listener",
          props: {
            loadBalancerArn: "arn:lb",
            port: 80,
            protocol: "HTTP",
            defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
          },
        },
      ],
      [
        {
          type: "aws:alb/listener:Listener",
          props: { loadBalancerArn: "arn:lb", port: 443, protocol: "HTTPS", defaultActions: [{ type: "forward" }] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:lb/listener:Listener",
          props: { loadBalancerArn: "arn:lb", port: 80, protocol: "HTTP", defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] },
        },
      ],
      [
        {
          type: "aws:alb/listener:Listener",
          props: { loadBalancerArn: "arn:lb", port: 8080, defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] },
        },
      ],
    ],
  },
});
