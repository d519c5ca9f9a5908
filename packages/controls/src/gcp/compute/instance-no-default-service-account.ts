import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { INSTANCE_TYPES, isDefaultServiceAccount } from "../../shared/gcp";

export const computeInstanceNoDefaultServiceAccount = defineControl({
  id: "gcp-compute-instance-no-default-service-account",
  title: "Compute Engine instances do not run as the default compute service account",
  rationale:
    "The default compute service account is shared by every VM of the project and, unless the organisation prevents it, holds Editor on the project.",
  severity: "high",
  cloud: "gcp",
  service: "compute",
  resourceTypes: INSTANCE_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["4.1"],
    "cis-gcp-3.0": ["4.1"],
    "nist-800-53-r5": ["AC-6", "AC-2"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.5"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation: "Create a dedicated service account per workload with only the roles it needs and set serviceAccount.email to it.",
  enforcementLevel: "mandatory",
  tags: ["iam", "least-privilege"],
  check: (r) => {
    const sa = r.props.serviceAccount;
    if (sa === undefined || sa === null) return notApplicable("no service account is attached");
    const email = sa.email;
    if (email === undefined || email === null || email === "") {
      return fail(
        "serviceAccount.email",
        "serviceAccount.email is not set, so the default compute service account is used; set a dedicated one",
      );
    }
    if (typeof email === "string" && isDefaultServiceAccount(email)) {
      return fail("serviceAccount.email", `serviceAccount.email is the default service account ${email}; use a dedicated service account`);
    }
    return pass();
  },
  examples: {
    compliant: [
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
          props: { serviceAccount: { email: "123456789-compute@developer.gserviceaccount.com", scopes: ["userinfo-email"] } },
        },
      ],
    ],
  },
});
