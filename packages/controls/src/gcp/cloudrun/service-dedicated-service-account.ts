import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { isDefaultServiceAccount } from "../../shared/gcp";

const service = (template: Record<string, unknown>) => [
  {
    type: "gcp:cloudrunv2/service:Service",
    props: { location: "europe-west1", template: { containers: [{ image: "europe-docker.pkg.dev/p/images/api:1" }], ...template } },
  },
];

export const cloudrunServiceDedicatedServiceAccount = defineControl({
  id: "gcp-cloudrun-service-dedicated-service-account",
  title: "Cloud Run services run as a dedicated service account",
  rationale:
    "Without template.serviceAccount a revision runs as the Compute Engine default service account, which usually holds Editor on the project: a code-execution bug in the service becomes project-wide write access.",
  severity: "high",
  cloud: "gcp",
  service: "cloudrun",
  resourceTypes: ["gcp:cloudrunv2/service:Service"],
  frameworks: {
    "nist-800-53-r5": ["AC-6", "AC-6(10)"],
    soc2: ["CC6.3"],
    "iso27001-2022": ["A.5.15", "A.8.2"],
    "pci-dss-4.0": ["7.2.2"],
  },
  remediation: "Create a service account per service with only the roles it needs and set template.serviceAccount to its email.",
  enforcementLevel: "mandatory",
  tags: ["iam", "serverless"],
  check: (r) => {
    const sa = objectOf(r.props.template)?.serviceAccount;
    if (sa === undefined || sa === null || sa === "") {
      return fail(
        "template.serviceAccount",
        "template.serviceAccount is unset, so the service runs as the Compute Engine default service account; name a dedicated one",
      );
    }
    return typeof sa === "string" && isDefaultServiceAccount(sa)
      ? fail("template.serviceAccount", `template.serviceAccount is the default service account ${sa}; name a dedicated one`)
      : pass();
  },
  examples: {
    compliant: [service({ serviceAccount: "orders-api@p.iam.gserviceaccount.com" })],
    nonCompliant: [service({}), service({ serviceAccount: "123456789-compute@developer.gserviceaccount.com" })],
  },
});
