import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const efsAccessPointRootDirectory = defineControl({
  id: "aws-efs-access-point-root-directory",
  title: "EFS access points confine clients to a directory",
  rationale: "An access point without a root directory exposes the whole file system to every client that uses it.",
  severity: "medium",
  cloud: "aws",
  service: "efs",
  resourceTypes: ["aws:efs/accessPoint:AccessPoint"],
  frameworks: {
    "aws-fsbp": ["EFS.3"],
    "nist-800-53-r5": ["AC-3", "AC-6"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
  },
  remediation: 'Set rootDirectory: { path: "/app", creationInfo: { ownerUid, ownerGid, permissions } }.',
  enforcementLevel: "advisory",
  tags: ["least-privilege", "storage"],
  check: (r) => {
    const path = str(r.props.rootDirectory?.path).trim();
    if (path !== "" && path !== "/") return pass();
    return fail(
      "rootDirectory.path",
      `rootDirectory.path is ${path === "" ? "not set (the file system root)" : '"/"'}; confine the access point to a subdirectory`,
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:efs/accessPoint:AccessPoint",
          props: {
            fileSystemId: "fs-1",
            rootDirectory: { path: "/app", creationInfo: { ownerUid: 1000, ownerGid: 1000, permissions: "750" } },
            posixUser: { uid: 1000, gid: 1000 },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:efs/accessPoint:AccessPoint", props: { fileSystemId: "fs-1" } }],
      [{ type: "aws:efs/accessPoint:AccessPoint", props: { fileSystemId: "fs-1", rootDirectory: { path: "/" } } }],
    ],
  },
});
