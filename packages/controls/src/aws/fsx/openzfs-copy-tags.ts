import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

export const fsxOpenzfsCopyTags = defineControl({
  id: "aws-fsx-openzfs-copy-tags",
  title: "FSx for OpenZFS file systems copy tags to backups and volumes",
  rationale:
    "Tags carry data classification, ownership and backup policy; backups and volumes created without them fall outside tag-based access control and retention rules.",
  severity: "low",
  cloud: "aws",
  service: "fsx",
  resourceTypes: ["aws:fsx/openZfsFileSystem:OpenZfsFileSystem"],
  frameworks: {
    "aws-fsbp": ["FSx.1"],
    "nist-800-53-r5": ["CM-8(a)", "CP-9"],
    "iso27001-2022": ["A.5.9", "A.5.12"],
  },
  remediation: "Set copyTagsToBackups: true and copyTagsToVolumes: true.",
  enforcementLevel: "advisory",
  tags: ["tagging", "backup"],
  check: (r) => {
    const violations: Violation[] = [];
    for (const p of ["copyTagsToBackups", "copyTagsToVolumes"]) {
      if (r.props[p] !== true) violations.push({ property: p, message: `${p} is not true; set it to true` });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:fsx/openZfsFileSystem:OpenZfsFileSystem",
          props: {
            deploymentType: "SINGLE_AZ_2",
            subnetIds: ["subnet-a"],
            throughputCapacity: 160,
            copyTagsToBackups: true,
            copyTagsToVolumes: true,
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:fsx/openZfsFileSystem:OpenZfsFileSystem",
          props: { deploymentType: "SINGLE_AZ_2", subnetIds: ["subnet-a"], throughputCapacity: 160 },
        },
      ],
    ],
  },
});
