import { defineControl } from "../../model/control";
import { settingControl } from "../../shared/azure-setting";

export const aksDefender = defineControl(
  settingControl({
    id: "azure-containerservice-defender",
    service: "containerservice",
    noun: "AKS clusters",
    title: "AKS clusters run the Defender for Containers sensor",
    rationale:
      "Without the Defender sensor the cluster sends no runtime signals (crypto-miners, reverse shells, privileged container launches) to Defender for Cloud, even where the plan is paid for.",
    resourceTypes: ["azure-native:containerservice:ManagedCluster"],
    path: "securityProfile.defender.securityMonitoring.enabled",
    ok: (v) => v === true,
    unset: { passes: false, meaning: "no runtime threat detection" },
    want: "set it to true with a logAnalyticsWorkspaceResourceId",
    good: [true],
    bad: [false],
    remediation:
      "Set securityProfile.defender: { logAnalyticsWorkspaceResourceId, securityMonitoring: { enabled: true } } (or let the Defender for Containers plan auto-provision it).",
    enforcementLevel: "advisory",
    tags: ["kubernetes", "threat-detection"],
    base: { resourceGroupName: "rg", dnsPrefix: "orders", identity: { type: "SystemAssigned" } },
    frameworks: {
      "nist-800-53-r5": ["SI-4"],
      soc2: ["CC7.2"],
      "iso27001-2022": ["A.8.16", "A.8.7"],
      "pci-dss-4.0": ["11.5.1"],
      hipaa: ["164.308(a)(1)(ii)(D)"],
    },
  }),
);
