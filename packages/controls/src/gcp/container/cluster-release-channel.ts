import { defineControl } from "../../model/control";
import { gcpSettingControl, PATCHING } from "../../shared/gcp-setting";

export const containerClusterReleaseChannel = defineControl(
  gcpSettingControl({
    id: "gcp-container-cluster-release-channel",
    service: "container",
    title: "GKE clusters are enrolled in a release channel",
    rationale:
      "Clusters outside a release channel (UNSPECIFIED) are upgraded only by hand and fall behind on security patches; a channel keeps the control plane and nodes on supported, patched versions.",
    remediation: 'Set releaseChannel: { channel: "REGULAR" } (or STABLE/RAPID).',
    severity: "medium",
    resourceTypes: ["gcp:container/cluster:Cluster"],
    path: "releaseChannel.channel",
    ok: (v) => typeof v === "string" && v !== "UNSPECIFIED",
    unset: { passes: true, meaning: "the API enrols new clusters in REGULAR" },
    want: 'set it to "REGULAR", "STABLE" or "RAPID"',
    good: ["REGULAR", "STABLE"],
    bad: ["UNSPECIFIED"],
    base: { location: "europe-west1", initialNodeCount: 1 },
    frameworks: PATCHING,
    tags: ["kubernetes", "patching"],
  }),
);
