import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

export const elbClassicHttpsListeners = defineControl({
  id: "aws-elb-classic-https-listeners",
  title: "Classic Load Balancer listeners terminate HTTPS or TLS",
  rationale: "An HTTP or TCP listener carries requests and session cookies in clear text across the internet.",
  severity: "high",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:elb/loadBalancer:LoadBalancer"],
  frameworks: {
    "aws-fsbp": ["ELB.3"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation:
    'Use lbProtocol "https" or "ssl" with an sslCertificateId on every listener (redirecting HTTP needs an Application Load Balancer).',
  enforcementLevel: "mandatory",
  tags: ["encryption", "network", "load-balancing"],
  check: (r) => {
    const violations: Violation[] = [];
    objectsOf(r.props.listeners).forEach((l, i) => {
      const protocol = str(l.lbProtocol).toLowerCase();
      if (protocol !== "https" && protocol !== "ssl") {
        violations.push({
          property: `listeners[${i}].lbProtocol`,
          message: `listener on port ${str(l.lbPort) || "?"} uses ${JSON.stringify(l.lbProtocol ?? null)}; use "https" or "ssl"`,
        });
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:elb/loadBalancer:LoadBalancer",
          props: {
            listeners: [
              {
                lbPort: 443,
                lbProtocol: "https",
                instancePort: 8080,
                instanceProtocol: "http",
                sslCertificateId: "arn:aws:acm:eu-west-1:123456789012:certificate/1",
              },
            ],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:elb/loadBalancer:LoadBalancer",
          props: { listeners: [{ lbPort: 80, lbProtocol: "http", instancePort: 8080, instanceProtocol: "http" }] },
        },
      ],
    ],
  },
});
