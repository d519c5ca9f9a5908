import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { INSTANCE_TYPES, isDefaultServiceAccount } from "../../shared/gcp";
import { listOf } from "../../shared/network";

const FULL_SCOPES = ["https://www.googleapis.com/auth/cloud-platform", "cloud-platform"];

export const computeInstanceDefaultSaNoFullApiAccess = defineControl({
  id: "gcp-compute-instance-default-sa-no-full-api-access",
  title: "Instances running as the default service account do not have full access to all Cloud APIs",
  rationale:
    "The default service account with the cloud-platform scope turns any process on the VM into a project Editor; the scope is the only thing limiting it.",
  severity: "critical",
  cloud: "gcp",
  service: "compute",
  resourceTypes: INSTANCE_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["4.2"],
    "cis-gcp-3.0": ["4.2"],
    "nist-800-53-r5": ["AC-6", "AC-6(9)"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.5"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation: "Use a dedicated service account (then cloud-platform with narrow IAM roles is fine), or drop the cloud-platform scope.",
  enforcementLevel: "mandatory",
  tags: ["iam", "least-privilege"],
  check: (r) => {
    const sa = r.props.serviceAccount;
    if (sa === undefined || sa === null) return notApplicable("no service account is attached");
    const email = sa.email;
    const usesDefault =
      email === undefined || email === null || email === "" || (typeof email === "string" && isDefaultServiceAccount(email));
    if (!usesDefault) return notApplicable("a dedicated service account is attached");
    const scopes = listOf<unknown>(sa.scopes);
    if (scopes.some((s) => typeof s === "string" && FULL_SCOPES.includes(s.trim()))) {
      return fail(
        "serviceAccount.scopes",
        "the default service account has the cloud-platform scope (full access to all Cloud APIs); use a dedicated service account",
      );
    }
    return pass();
  },
  examples: {
    compliant: [
      [{ type: "gcp:compute/instance:Instance", props: { serviceAccount: { scopes: ["https://www.googleapis.com/auth/logging.write"] } } }],
      [
        {
          type: "gcp:compute/instance:Instance",
          props: { serviceAccount: { email: "web@acme-app.iam.gserviceaccount.com", scopes: ["cloud-platform"] } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "gcp:compute/instance:Instance", props: { serviceAccount: { scopes: ["cloud-platform"] } } }],
      [
        {
          type: "gcp:compute/instanceTemplate:InstanceTemplate",
          props: {
            serviceAccount: {
              email: "123456789-compute@developer.gserviceaccount.com",
              scopes: ["https://www.googleapis.com/auth/cloud-platform"],
            },
          },
        },
      ],
    ],
  },
});
