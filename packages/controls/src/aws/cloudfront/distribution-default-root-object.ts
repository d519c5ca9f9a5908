import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const cloudfrontDefaultRootObject = defineControl({
  id: "aws-cloudfront-distribution-default-root-object",
  title: "CloudFront distributions name a default root object",
  rationale:
    "Without a default root object a request for the distribution's root is passed to the origin as is; an S3 origin that allows listing then returns the bucket's contents.",
  severity: "low",
  cloud: "aws",
  service: "cloudfront",
  resourceTypes: ["aws:cloudfront/distribution:Distribution"],
  frameworks: {
    "aws-fsbp": ["CloudFront.1"],
    "nist-800-53-r5": ["AC-3", "SC-7"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: 'Set defaultRootObject (e.g. "index.html"); for an API origin that handles "/" itself, exempt the distribution.',
  enforcementLevel: "advisory",
  tags: ["edge", "configuration"],
  check: (r) => {
    const root = r.props.defaultRootObject;
    return typeof root === "string" && root.trim() !== ""
      ? pass()
      : fail("defaultRootObject", 'defaultRootObject is not set; set it to the object served for "/" (e.g. "index.html")');
  },
  examples: {
    compliant: [[{ type: "aws:cloudfront/distribution:Distribution", props: { enabled: true, defaultRootObject: "index.html" } }]],
    nonCompliant: [[{ type: "aws:cloudfront/distribution:Distribution", props: { enabled: true, defaultRootObject: "" } }]],
  },
});
