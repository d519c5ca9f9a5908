import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const containerNodePoolAutoRepair = defineControl(
  gcpSettingControl({
    id: "gcp-container-node-pool-auto-repair",
    service: "container",
    title: "GKE node pools repair unhealthy nodes automatically",
    rationale:
      "Without auto-repair a node that fails health checks stays in the pool, serving traffic badly or not at all until someone notices.",
    remediation: "Remove management.autoRepair: false (auto-repair is on by default).",
    severity: "low",
    resourceTypes: ["gcp:container/nodePool:NodePool"],
    path: "management.autoRepair",
    ok: (v) => v === true,
    unset: { passes: true, meaning: "true" },
    want: "set it to true",
    good: [true],
    bad: [false],
    base: { cluster: "orders", location: "europe-west1", nodeCount: 1 },
    frameworks: { "nist-800-53-r5": ["SI-2", "CP-10"], soc2: ["A1.2"], "iso27001-2022": ["A.8.14"] },
    tags: ["kubernetes", "resilience"],
  }),
);
