import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const containerNodePoolCosImage = defineControl(
  gcpSettingControl({
    id: "gcp-container-node-pool-cos-image",
    service: "container",
    title: "GKE nodes run Container-Optimized OS",
    rationale:
      "Container-Optimized OS has a read-only root filesystem, a minimal package set and Google-managed patches; general-purpose images carry more to attack and to patch.",
    remediation: 'Remove nodeConfig.imageType (the default is COS_CONTAINERD) or set it to "COS_CONTAINERD".',
    severity: "low",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:container/nodePool:NodePool"],
    path: "nodeConfig.imageType",
    ok: (v) => typeof v === "string" && v.toUpperCase().startsWith("COS"),
    unset: { passes: true, meaning: "COS_CONTAINERD" },
    want: 'set it to "COS_CONTAINERD"',
    good: ["COS_CONTAINERD"],
    bad: ["UBUNTU_CONTAINERD"],
    base: { cluster: "orders", location: "europe-west1", nodeCount: 1 },
    frameworks: { "nist-800-53-r5": ["CM-7", "SI-2"], soc2: ["CC7.1"], "iso27001-2022": ["A.8.9"] },
    tags: ["kubernetes", "compute"],
  }),
);
