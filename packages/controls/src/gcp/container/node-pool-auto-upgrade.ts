import { defineControl } from "../../model/control";
import { gcpSettingControl, PATCHING } from "../../shared/gcp-setting";

export const containerNodePoolAutoUpgrade = defineControl(
  gcpSettingControl({
    id: "gcp-container-node-pool-auto-upgrade",
    service: "container",
    title: "GKE node pools upgrade automatically",
    rationale: "Node pools with auto-upgrade off drift behind the control plane and miss node-image security patches (kernel, containerd).",
    remediation: "Remove management.autoUpgrade: false (auto-upgrade is on by default; it is required in a release channel).",
    severity: "medium",
    resourceTypes: ["gcp:container/nodePool:NodePool"],
    path: "management.autoUpgrade",
    ok: (v) => v === true,
    unset: { passes: true, meaning: "true" },
    want: "set it to true",
    good: [true],
    bad: [false],
    base: { cluster: "orders", location: "europe-west1", nodeCount: 1 },
    frameworks: PATCHING,
    tags: ["kubernetes", "patching"],
  }),
);
