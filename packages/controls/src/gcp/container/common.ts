/** Shared by the GKE cluster controls. */
import type { FrameworkMappings } from "../../model/types";

export const CLUSTER = "gcp:container/cluster:Cluster";
export const GKE_RESOURCE = "container.googleapis.com/Cluster";

/** GKE has its own CIS benchmark (CIS GKE), not in the Foundation catalogues; these map the other frameworks. */
export const GKE_FRAMEWORKS = (extra: { nist: readonly string[]; pci?: readonly string[] }): FrameworkMappings => ({
  "nist-800-53-r5": extra.nist,
  soc2: ["CC6.1", "CC6.6"],
  "iso27001-2022": ["A.8.9", "A.8.20"],
  "pci-dss-4.0": extra.pci ?? ["2.2.5", "1.3.1"],
  hipaa: ["164.312(a)(1)", "164.312(e)(1)"],
});
