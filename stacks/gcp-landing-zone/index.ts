import { gcpControls } from "@palisade/controls";
import { enforcedConstraints, LandingZone, loadConfig } from "@palisade/landing-zone-gcp";
import * as pulumi from "@pulumi/pulumi";

// Validate the whole config first: a bad value stops the program before any resource is declared.
const namespace = pulumi.getProject();
const keysInNamespace = Object.keys(pulumi.runtime.allConfig())
  .filter((k) => k.startsWith(`${namespace}:`))
  .map((k) => k.slice(namespace.length + 1));
const config = loadConfig(new pulumi.Config(), enforcedConstraints(gcpControls), namespace, keysInNamespace);

const landingZone = new LandingZone("landing-zone", config, gcpControls);

export const logDestination = landingZone.logging.destination;
export const organizationPolicies = landingZone.guardrails.plan.policies.map((p) => ({
  constraint: p.constraint,
  kind: p.kind,
  controls: p.controls,
}));
export const networkId = landingZone.network.network.id;
