import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
type Props = Record<string, any>;

function behaviours(props: Props): Array<{ property: string; behaviour: Props }> {
  const out: Array<{ property: string; behaviour: Props }> = [];
  const d = props.defaultCacheBehavior;
  if (d !== null && typeof d === "object") out.push({ property: "defaultCacheBehavior", behaviour: d });
  objectsOf(props.orderedCacheBehaviors).forEach((b, i) => {
    out.push({ property: `orderedCacheBehaviors[${i}]`, behaviour: b });
  });
  return out;
}

export const cloudfrontViewerHttps = defineControl({
  id: "aws-cloudfront-distribution-viewer-https",
  title: "CloudFront distributions require HTTPS from viewers",
  rationale: 'With viewerProtocolPolicy "allow-all" a distribution serves pages, cookies and tokens over plain HTTP.',
  severity: "medium",
  cloud: "aws",
  service: "cloudfront",
  resourceTypes: ["aws:cloudfront/distribution:Distribution"],
  frameworks: {
    "aws-fsbp": ["CloudFront.3"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set viewerProtocolPolicy: "redirect-to-https" (or "https-only") on the default and every ordered cache behavior.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "edge"],
  check: (r) => {
    const violations: Violation[] = behaviours(r.props)
      .filter(({ behaviour }) => behaviour.viewerProtocolPolicy !== "redirect-to-https" && behaviour.viewerProtocolPolicy !== "https-only")
      .map(({ property, behaviour }) => ({
        property: `${property}.viewerProtocolPolicy`,
        message: `${property}.viewerProtocolPolicy is ${JSON.stringify(behaviour.viewerProtocolPolicy ?? null)}; set it to "redirect-to-https"`,
      }));
    return failAll(violations);
  },
  remediate: (r) => {
    const fix = (b: Props) =>
      b && typeof b === "object" && b.viewerProtocolPolicy === "allow-all" ? { ...b, viewerProtocolPolicy: "redirect-to-https" } : b;
    const items = behaviours(r.props);
    if (!items.some(({ behaviour }) => behaviour.viewerProtocolPolicy === "allow-all")) return undefined;
    return {
      ...r.props,
      defaultCacheBehavior: fix(r.props.defaultCacheBehavior),
      ...(Array.isArray(r.props.orderedCacheBehaviors) ? { orderedCacheBehaviors: r.props.orderedCacheBehaviors.map(fix) } : {}),
    };
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: {
            enabled: true,
            defaultCacheBehavior: { targetOriginId: "s3", viewerProtocolPolicy: "redirect-to-https" },
            orderedCacheBehaviors: [{ pathPattern: "/api/*", targetOriginId: "api", viewerProtocolPolicy: "https-only" }],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:cloudfront/distribution:Distribution",
          props: { enabled: true, defaultCacheBehavior: { targetOriginId: "s3", viewerProtocolPolicy: "allow-all" } },
        },
      ],
    ],
  },
});
