import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const efsAccessPointPosixUser = defineControl({
  id: "aws-efs-access-point-posix-user",
  title: "EFS access points enforce a POSIX user",
  rationale:
    "Without an enforced user, each NFS client asserts its own uid and gid, so a client running as root gets root's access to the files.",
  severity: "medium",
  cloud: "aws",
  service: "efs",
  resourceTypes: ["aws:efs/accessPoint:AccessPoint"],
  frameworks: {
    "aws-fsbp": ["EFS.4"],
    "nist-800-53-r5": ["AC-3", "AC-6", "IA-2"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
  },
  remediation: "Set posixUser: { uid, gid } on the access point.",
  enforcementLevel: "advisory",
  tags: ["least-privilege", "storage"],
  check: (r) => {
    const user = r.props.posixUser;
    if (user !== undefined && user !== null && user.uid !== undefined && user.uid !== null) return pass();
    return fail("posixUser", "posixUser is not set; enforce a uid and gid for every client of the access point");
  },
  examples: {
    compliant: [[{ type: "aws:efs/accessPoint:AccessPoint", props: { fileSystemId: "fs-1", posixUser: { uid: 1000, gid: 1000 } } }]],
    nonCompliant: [[{ type: "aws:efs/accessPoint:AccessPoint", props: { fileSystemId: "fs-1" } }]],
  },
});
