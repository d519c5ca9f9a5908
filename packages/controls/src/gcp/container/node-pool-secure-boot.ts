import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const containerNodePoolSecureBoot = defineControl(
  gcpSettingControl({
    id: "gcp-container-node-pool-secure-boot",
    service: "container",
    title: "GKE nodes boot with Secure Boot",
    rationale: "Secure Boot refuses unsigned kernels and boot components, so a rootkit cannot persist across node reboots.",
    remediation: "Set nodeConfig.shieldedInstanceConfig.enableSecureBoot: true (takes effect on new nodes).",
    severity: "medium",
    resourceTypes: ["gcp:container/nodePool:NodePool"],
    path: "nodeConfig.shieldedInstanceConfig.enableSecureBoot",
    ok: (v) => v === true,
    unset: { passes: false, meaning: "false" },
    want: "set it to true",
    good: [true],
    bad: [false],
    base: { cluster: "orders", location: "europe-west1", nodeCount: 1 },
    frameworks: { "nist-800-53-r5": ["CM-6", "SI-4"], soc2: ["CC6.8"], "iso27001-2022": ["A.8.9"] },
    tags: ["kubernetes", "compute"],
  }),
);
