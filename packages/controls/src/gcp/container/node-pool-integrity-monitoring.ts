import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const containerNodePoolIntegrityMonitoring = defineControl(
  gcpSettingControl({
    id: "gcp-container-node-pool-integrity-monitoring",
    service: "container",
    title: "GKE nodes keep integrity monitoring on",
    rationale:
      "Integrity monitoring compares each boot against a known-good baseline and reports drift; turning it off hides tampering with the boot chain.",
    remediation: "Remove nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring: false (it is on by default).",
    severity: "low",
    resourceTypes: ["gcp:container/nodePool:NodePool"],
    path: "nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring",
    ok: (v) => v === true,
    unset: { passes: true, meaning: "true" },
    want: "set it to true",
    good: [true],
    bad: [false],
    base: { cluster: "orders", location: "europe-west1", nodeCount: 1 },
    frameworks: { "nist-800-53-r5": ["SI-4", "CM-6"], soc2: ["CC7.2"], "iso27001-2022": ["A.8.16"] },
    tags: ["kubernetes", "compute"],
  }),
);
