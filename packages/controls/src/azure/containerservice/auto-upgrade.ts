import { defineControl } from "../../model/control";
import { same } from "../../shared/azure";
import { settingControl } from "../../shared/azure-setting";

export const aksAutoUpgrade = defineControl(
  settingControl({
    id: "azure-containerservice-auto-upgrade",
    service: "containerservice",
    noun: "AKS clusters",
    title: "AKS clusters follow an automatic upgrade channel",
    rationale:
      "Kubernetes minor versions leave support after about a year and patch releases fix exploitable CVEs; a cluster on no upgrade channel falls behind silently.",
    resourceTypes: ["azure-native:containerservice:ManagedCluster"],
    path: "autoUpgradeProfile.upgradeChannel",
    ok: (v) => !same(v, "none"),
    unset: { passes: false, meaning: "none: the cluster is upgraded only by hand" },
    want: 'set it to "patch" or "stable"',
    good: ["patch", "stable"],
    bad: ["none"],
    remediation:
      'Set autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "NodeImage" } with a maintenance window (Checkov CKV_AZURE_171).',
    tags: ["kubernetes", "patching"],
    policy: {
      armType: "Microsoft.ContainerService/managedClusters",
      alias: "Microsoft.ContainerService/managedClusters/autoUpgradeProfile.upgradeChannel",
    },
    nonCompliantWhen: {
      anyOf: [
        { field: "Microsoft.ContainerService/managedClusters/autoUpgradeProfile.upgradeChannel", exists: "false" },
        { field: "Microsoft.ContainerService/managedClusters/autoUpgradeProfile.upgradeChannel", equals: "none" },
      ],
    },
    base: { resourceGroupName: "rg", dnsPrefix: "orders", identity: { type: "SystemAssigned" } },
    frameworks: {
      "nist-800-53-r5": ["SI-2", "SI-2(2)"],
      soc2: ["CC7.1"],
      "iso27001-2022": ["A.8.8"],
      "pci-dss-4.0": ["6.3.3"],
      hipaa: ["164.308(a)(5)(ii)(B)"],
    },
  }),
);
