import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { isFoundationStack } from "../../shared/gcp";

const ADDRESS = "gcp:compute/globalAddress:GlobalAddress";
const RULE = "gcp:compute/globalForwardingRule:GlobalForwardingRule";

export const computePrivateServiceConnectGoogleApis = defineControl({
  id: "gcp-compute-private-service-connect-google-apis",
  title: "The foundation network reaches Google APIs through a Private Service Connect endpoint",
  rationale:
    "A PSC endpoint for all-apis or vpc-sc keeps API traffic on an internal address of the VPC, where VPC Service Controls and firewall rules apply.",
  severity: "low",
  cloud: "gcp",
  service: "compute",
  resourceTypes: [ADDRESS, RULE],
  frameworks: {
    "cis-gcp-5.0": ["3.9"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    'Declare a gcp.compute.GlobalAddress (purpose "PRIVATE_SERVICE_CONNECT", addressType "INTERNAL") and a gcp.compute.GlobalForwardingRule to target "all-apis" or "vpc-sc" on the Shared VPC.',
  enforcementLevel: "advisory",
  tags: ["network"],
  stackCheck: (stack) => {
    if (!isFoundationStack(stack)) return notApplicable("not an organisation foundation stack");
    const rule = stack.ofType([RULE]).find((r) => r.props.target === "all-apis" || r.props.target === "vpc-sc");
    if (!rule)
      return fail(
        "globalForwardingRule.target",
        'no Private Service Connect endpoint for Google APIs; add a GlobalForwardingRule with target "all-apis" or "vpc-sc"',
      );
    const address = stack.ofType([ADDRESS]).find((a) => a.props.purpose === "PRIVATE_SERVICE_CONNECT");
    return address
      ? { ...pass(), subjectUrn: rule.urn }
      : fail(
          "globalAddress.purpose",
          'the endpoint has no PRIVATE_SERVICE_CONNECT address; add a GlobalAddress with purpose "PRIVATE_SERVICE_CONNECT"',
        );
  },
  examples: {
    compliant: [
      [
        { type: RULE, name: "psc", props: { name: "pscallapis", target: "all-apis", network: "vpc", loadBalancingScheme: "" } },
        {
          type: ADDRESS,
          name: "psc",
          props: { name: "pscallapis", purpose: "PRIVATE_SERVICE_CONNECT", addressType: "INTERNAL", address: "10.255.255.254" },
        },
        { type: "gcp:organizations/folder:Folder", name: "prod", props: { displayName: "production", parent: "organizations/123" } },
      ],
    ],
    nonCompliant: [
      [{ type: "gcp:organizations/folder:Folder", name: "prod", props: { displayName: "production", parent: "organizations/123" } }],
    ],
  },
});
