import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

/**
 * Access logs of application, network and classic load balancers. For aws.lb/alb LoadBalancer,
 * accessLogs.enabled defaults to false even with a bucket; for the classic aws.elb.LoadBalancer it
 * defaults to true once accessLogs is given. Gateway Load Balancers have no access logs.
 */
export const elbLoadBalancerAccessLogs = defineControl({
  id: "aws-elb-load-balancer-access-logs",
  title: "Load balancers write access logs",
  rationale:
    "Load balancer access logs are the request-level record of who reached the application, needed to investigate attacks and abuse.",
  severity: "low",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer", "aws:elb/loadBalancer:LoadBalancer"],
  frameworks: {
    "cis-aws-7.0": ["4.10"],
    "aws-fsbp": ["ELB.5"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Set accessLogs: { bucket: logBucket.id, enabled: true } (the bucket policy must allow the regional ELB log delivery principal).",
  enforcementLevel: "advisory",
  tags: ["logging", "edge"],
  check: (r) => {
    if (r.props.loadBalancerType === "gateway") return notApplicable("Gateway Load Balancers have no access logs");
    const logs = r.props.accessLogs;
    const classic = r.type === "aws:elb/loadBalancer:LoadBalancer";
    const hasLogs = logs !== null && typeof logs === "object";
    const enabled = hasLogs && (logs.enabled === true || (classic && logs.enabled === undefined));
    return enabled
      ? pass()
      : hasLogs
        ? fail("accessLogs.enabled", `accessLogs.enabled is ${JSON.stringify(logs.enabled ?? false)}; set it to true`)
        : fail("accessLogs", "accessLogs is not set; set accessLogs: { bucket, enabled: true }");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:lb/loadBalancer:LoadBalancer",
          props: { loadBalancerType: "application", accessLogs: { bucket: "lb-logs", enabled: true } },
        },
      ],
      [{ type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [], accessLogs: { bucket: "lb-logs" } } }],
    ],
    nonCompliant: [
      [{ type: "aws:alb/loadBalancer:LoadBalancer", props: { loadBalancerType: "application" } }],
      [{ type: "aws:lb/loadBalancer:LoadBalancer", props: { loadBalancerType: "network", accessLogs: { bucket: "lb-logs" } } }],
    ],
  },
});
