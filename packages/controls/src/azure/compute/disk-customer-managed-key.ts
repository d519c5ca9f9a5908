import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { failAll, type Violation } from "../../model/verdict";
import { type Bag, objectOf, oneOf } from "../../shared/azure";
import { objectsOf } from "../../shared/network";

const DISK = "azure-native:compute:Disk";
const VM = "azure-native:compute:VirtualMachine";

/** A disk encryption set reference (its id is another resource's output: an unknown id still names one). */
function hasEncryptionSet(managedDisk: Bag | undefined): boolean {
  const set = objectOf(managedDisk?.diskEncryptionSet);
  if (!set) return false;
  const id = peek(set, "id");
  return !id.known || (typeof id.value === "string" && id.value !== "");
}

export const diskCustomerManagedKey = defineControl({
  id: "azure-compute-disk-customer-managed-key",
  title: "Managed disks are encrypted with customer-managed keys",
  rationale:
    "A disk encryption set with a Key Vault key lets the organisation rotate and revoke the keys protecting OS and data disks, and their snapshots.",
  severity: "medium",
  cloud: "azure",
  service: "compute",
  resourceTypes: [DISK, VM],
  frameworks: {
    "cis-azure-3.0": ["8.3", "8.4"],
    "nist-800-53-r5": ["SC-12", "SC-28(1)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1", "3.6.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Create a compute.DiskEncryptionSet with a Key Vault key and set encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId } on disks (managedDisk.diskEncryptionSet on VM disks).',
  enforcementLevel: "advisory",
  tags: ["encryption-at-rest", "key-management", "compute"],
  check: (r) => {
    const violations: Violation[] = [];
    if (r.type === DISK) {
      const enc = objectOf(r.props.encryption);
      if (!oneOf(enc?.type, ["EncryptionAtRestWithCustomerKey", "EncryptionAtRestWithPlatformAndCustomerKeys"])) {
        violations.push({
          property: "encryption.type",
          message: `encryption.type is ${JSON.stringify(enc?.type ?? "unset (platform-managed key)")}; use "EncryptionAtRestWithCustomerKey" with a disk encryption set`,
        });
      }
      return failAll(violations);
    }
    const storage = objectOf(r.props.storageProfile);
    if (!hasEncryptionSet(objectOf(objectOf(storage?.osDisk)?.managedDisk))) {
      violations.push({
        property: "storageProfile.osDisk.managedDisk.diskEncryptionSet",
        message: "the OS disk has no diskEncryptionSet; reference a customer-managed disk encryption set",
      });
    }
    objectsOf(storage?.dataDisks).forEach((d, i) => {
      if (!hasEncryptionSet(objectOf(d.managedDisk))) {
        violations.push({
          property: `storageProfile.dataDisks[${i}].managedDisk.diskEncryptionSet`,
          message: `data disk ${d.name ?? d.lun ?? i} has no diskEncryptionSet`,
        });
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: DISK,
          props: {
            creationData: { createOption: "Empty" },
            encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: "/subscriptions/s/des" },
          },
        },
      ],
      [
        {
          type: VM,
          props: {
            storageProfile: {
              osDisk: { createOption: "FromImage", managedDisk: { diskEncryptionSet: { id: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } } },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: DISK, props: { creationData: { createOption: "Empty" } } }],
      [
        {
          type: VM,
          props: { storageProfile: { osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "Premium_LRS" } } } },
        },
      ],
    ],
  },
});
