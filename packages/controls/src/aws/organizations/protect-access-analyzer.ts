import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, notApplicable, pass } from "../../model/verdict";
import { exceptAutomation, ORGANIZATION } from "./org-policies";

const ANALYZER = "aws:accessanalyzer/analyzer:Analyzer";
const ORG_TYPES = new Set(["ORGANIZATION", "ORGANIZATION_UNUSED_ACCESS"]);

/**
 * Only an organisation-wide analyzer sees resources shared outside the organisation from every account;
 * whether one exists is decided in the stack that manages the organisation.
 */
export const protectAccessAnalyzer = defineControl({
  id: "aws-organizations-protect-access-analyzer",
  title: "An organisation-wide IAM Access Analyzer exists and cannot be deleted by workloads",
  rationale:
    "IAM Access Analyzer finds buckets, keys, roles and queues shared outside the organisation; an organisation analyzer covers every account, and deleting it silently ends that watch.",
  severity: "medium",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORGANIZATION, ANALYZER],
  frameworks: {
    "cis-aws-7.0": ["2.18"],
    "cis-aws-3.0": ["1.20"],
    "nist-800-53-r5": ["AC-3", "AC-6", "CA-7"],
    soc2: ["CC6.1", "CC7.1"],
    "iso27001-2022": ["A.5.15", "A.8.16"],
    "pci-dss-4.0": ["7.2.5"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation:
    'Create an aws.accessanalyzer.Analyzer with type "ORGANIZATION" in the delegated administrator account, in every allowed region; the landing zone\'s SCP lets only its automation role delete analyzers.',
  enforcementLevel: "mandatory",
  tags: ["identity", "guardrail", "public-exposure"],
  stackCheck: (stack) => {
    const org = stack.ofType([ORGANIZATION])[0];
    if (!org) return notApplicable("the stack does not manage an AWS Organization");
    let undecided: string | undefined;
    for (const analyzer of stack.ofType([ANALYZER])) {
      const type = peek(analyzer.props, "type");
      if (!type.known) undecided ??= `${analyzer.name}.type`;
      else if (typeof type.value === "string" && ORG_TYPES.has(type.value)) return { ...pass(), subjectUrn: org.urn };
    }
    if (undecided) return { ...cannotEvaluate(undecided), subjectUrn: org.urn };
    return {
      ...fail(
        "analyzer",
        'the organisation has no IAM Access Analyzer of type "ORGANIZATION"; create one in the delegated administrator account',
      ),
      subjectUrn: org.urn,
    };
  },
  preventive: [
    {
      kind: "aws-scp",
      statements: (params) => [
        {
          Sid: "ProtectAccessAnalyzer",
          Effect: "Deny",
          Action: ["access-analyzer:DeleteAnalyzer"],
          Resource: "*",
          Condition: exceptAutomation(params),
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ANALYZER, name: "org-analyzer", props: { analyzerName: "organization", type: "ORGANIZATION" } },
      ],
    ],
    nonCompliant: [
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ANALYZER, name: "account-analyzer", props: { analyzerName: "account", type: "ACCOUNT" } },
      ],
      [{ type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } }],
    ],
  },
});
