import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const containerClusterBinaryAuthorization = defineControl(
  gcpSettingControl({
    id: "gcp-container-cluster-binary-authorization",
    service: "container",
    title: "GKE clusters enforce Binary Authorization",
    rationale:
      "Without Binary Authorization any image that can be pulled can run; with it, only images signed by the build pipeline (attested) are admitted.",
    remediation: 'Set binaryAuthorization: { evaluationMode: "PROJECT_SINGLETON_POLICY_ENFORCE" } and define the project\'s policy.',
    severity: "medium",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:container/cluster:Cluster"],
    path: "binaryAuthorization.evaluationMode",
    ok: (v) =>
      v === "PROJECT_SINGLETON_POLICY_ENFORCE" || v === "POLICY_BINDINGS" || v === "POLICY_BINDINGS_AND_PROJECT_SINGLETON_POLICY_ENFORCE",
    unset: { passes: false, meaning: "DISABLED" },
    want: 'set it to "PROJECT_SINGLETON_POLICY_ENFORCE"',
    good: ["PROJECT_SINGLETON_POLICY_ENFORCE"],
    bad: ["DISABLED"],
    base: { location: "europe-west1", initialNodeCount: 1 },
    frameworks: { "nist-800-53-r5": ["CM-7", "CM-6"], soc2: ["CC8.1"], "iso27001-2022": ["A.8.19"], "pci-dss-4.0": ["6.3.3"] },
    tags: ["kubernetes", "supply-chain"],
  }),
);
