import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

const SERVICE = "gcp:projects/service:Service";

export const projectAssetInventory = defineControl({
  id: "gcp-project-asset-inventory",
  title: "Projects the stack creates enable Cloud Asset Inventory",
  rationale:
    "Cloud Asset Inventory keeps five weeks of resource and IAM history: the record of what existed and who could reach it when something went wrong.",
  severity: "low",
  cloud: "gcp",
  service: "project",
  resourceTypes: ["gcp:organizations/project:Project"],
  frameworks: {
    "cis-gcp-5.0": ["2.14"],
    "cis-gcp-3.0": ["2.13"],
    "nist-800-53-r5": ["CM-8(a)", "CA-7"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.5.9"],
    "pci-dss-4.0": ["12.4.2.1"],
    hipaa: ["164.308(a)(1)(ii)(A)"],
  },
  remediation: 'Add a gcp.projects.Service { project: project.projectId, service: "cloudasset.googleapis.com" }.',
  enforcementLevel: "advisory",
  tags: ["inventory"],
  correlatedCheck: (project, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(project, [SERVICE], "project", ["projectId", "id"]);
    if (found.some((s) => s.props.service === "cloudasset.googleapis.com")) return pass();
    if (undecided.length > 0)
      return cannotEvaluate(`${undecided[0].name}.project`, `the project of ${undecided[0].name} is unknown and may be this one`);
    return fail("services", `cloudasset.googleapis.com is not enabled on project ${project.name}; add a gcp.projects.Service for it`);
  },
  examples: {
    compliant: [
      [
        { type: "gcp:organizations/project:Project", name: "logging", props: { projectId: "acme-logging" } },
        { type: SERVICE, name: "logging-cloudasset", props: { project: "acme-logging", service: "cloudasset.googleapis.com" } },
      ],
    ],
    nonCompliant: [
      [
        { type: "gcp:organizations/project:Project", name: "logging", props: { projectId: "acme-logging" } },
        { type: SERVICE, name: "logging-kms", props: { project: "acme-logging", service: "cloudkms.googleapis.com" } },
      ],
    ],
  },
});
