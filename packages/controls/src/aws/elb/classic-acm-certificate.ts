import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

export const elbClassicAcmCertificate = defineControl({
  id: "aws-elb-classic-acm-certificate",
  title: "Classic Load Balancer TLS listeners use ACM certificates",
  rationale: "Certificates uploaded to IAM are renewed by hand and expire unnoticed; ACM renews its certificates automatically.",
  severity: "medium",
  cloud: "aws",
  service: "elb",
  resourceTypes: ["aws:elb/loadBalancer:LoadBalancer"],
  frameworks: {
    "aws-fsbp": ["ELB.2"],
    "nist-800-53-r5": ["SC-8", "SC-12", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
  },
  remediation: "Request or import the certificate in ACM and set sslCertificateId to its arn:aws:acm:\u2026 ARN.",
  enforcementLevel: "advisory",
  tags: ["encryption", "load-balancing"],
  check: (r) => {
    const violations: Violation[] = [];
    objectsOf(r.props.listeners).forEach((l, i) => {
      const cert = str(l.sslCertificateId).trim();
      if (cert !== "" && !/^arn:aws[a-z-]*:acm:/.test(cert)) {
        violations.push({
          property: `listeners[${i}].sslCertificateId`,
          message: `listener on port ${str(l.lbPort) || "?"} uses a certificate outside ACM (${cert}); use an ACM certificate`,
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
          props: {
            listeners: [
              {
                lbPort: 443,
                lbProtocol: "https",
                instancePort: 8080,
                instanceProtocol: "http",
                sslCertificateId: "arn:aws:iam::123456789012:server-certificate/legacy",
              },
            ],
          },
        },
      ],
    ],
  },
});
