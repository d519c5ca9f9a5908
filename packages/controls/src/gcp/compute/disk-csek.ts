import { defineControl } from "../../model/control";
import { fail, failAll, pass, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

const DISK_TYPES = ["gcp:compute/disk:Disk", "gcp:compute/regionDisk:RegionDisk"];

function customerSupplied(key: unknown): boolean {
  if (!key || typeof key !== "object") return false;
  const k = key as Record<string, unknown>;
  return (typeof k.rawKey === "string" && k.rawKey !== "") || (typeof k.rsaEncryptedKey === "string" && k.rsaEncryptedKey !== "");
}

export const computeDiskCsek = defineControl({
  id: "gcp-compute-disk-csek",
  title: "Disks of critical VMs are encrypted with customer-supplied encryption keys (CSEK)",
  rationale:
    "With CSEK, Google cannot decrypt the disk without the key the customer supplies on every start; a snapshot or disk copied out of the project is useless without it.",
  severity: "low",
  cloud: "gcp",
  service: "compute",
  resourceTypes: [...DISK_TYPES, "gcp:compute/instance:Instance"],
  frameworks: {
    "cis-gcp-5.0": ["4.7"],
    "cis-gcp-3.0": ["4.7"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-12"],
    soc2: ["CC6.1", "CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1", "3.6.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Set diskEncryptionKey.rawKey or rsaEncryptedKey (disks) or bootDisk.diskEncryptionKeyRaw/Rsa and attachedDisks[].diskEncryptionKeyRaw (instances) from a secret; exempt non-critical VMs by tag.",
  enforcementLevel: "advisory",
  tags: ["encryption"],
  check: (r) => {
    if (DISK_TYPES.includes(r.type)) {
      return customerSupplied(r.props.diskEncryptionKey)
        ? pass()
        : fail(
            "diskEncryptionKey",
            "the disk is not encrypted with a customer-supplied key; set diskEncryptionKey.rawKey or rsaEncryptedKey",
          );
    }
    const violations: Violation[] = [];
    const boot = r.props.bootDisk;
    const has = (d: Record<string, unknown>) =>
      (typeof d.diskEncryptionKeyRaw === "string" && d.diskEncryptionKeyRaw !== "") ||
      (typeof d.diskEncryptionKeyRsa === "string" && d.diskEncryptionKeyRsa !== "");
    if (!boot || typeof boot !== "object" || !has(boot)) {
      violations.push({
        property: "bootDisk.diskEncryptionKeyRaw",
        message: "the boot disk has no customer-supplied key; set bootDisk.diskEncryptionKeyRaw or diskEncryptionKeyRsa",
      });
    }
    objectsOf(r.props.attachedDisks).forEach((d, i) => {
      if (!has(d))
        violations.push({
          property: `attachedDisks[${i}].diskEncryptionKeyRaw`,
          message: "the attached disk has no customer-supplied key; set diskEncryptionKeyRaw or diskEncryptionKeyRsa",
        });
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:compute/disk:Disk",
          props: { zone: "europe-west1-b", diskEncryptionKey: { rawKey: "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0=" } },
        },
      ],
      [
        {
          type: "gcp:compute/instance:Instance",
          props: { bootDisk: { diskEncryptionKeyRaw: "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0=" } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "gcp:compute/disk:Disk", props: { zone: "europe-west1-b" } }],
      [
        {
          type: "gcp:compute/instance:Instance",
          props: { bootDisk: { kmsKeySelfLink: "projects/p/locations/l/keyRings/r/cryptoKeys/k" } },
        },
      ],
    ],
  },
});
