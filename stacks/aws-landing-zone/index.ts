import { LandingZone, loadConfig } from "@palisade/landing-zone-aws";
import * as pulumi from "@pulumi/pulumi";

// Validate the whole config first: a bad value stops the program before any resource is declared.
const namespace = pulumi.getProject();
const keysInNamespace = Object.keys(pulumi.runtime.allConfig())
  .filter((k) => k.startsWith(`${namespace}:`))
  .map((k) => k.slice(namespace.length + 1));
const config = loadConfig(new pulumi.Config(), namespace, keysInNamespace);

const landingZone = new LandingZone("landing-zone", config);

export const logBucket = landingZone.logging.bucketName;
export const securityEventBus = landingZone.detection.busArn;
export const guardrails = {
  scps: landingZone.guardrails.guardrails.rootScps.map((p) => ({ name: p.name, characters: p.size, statements: p.sids })),
  rcps: landingZone.guardrails.guardrails.rootRcps.map((p) => ({ name: p.name, characters: p.size, statements: p.sids })),
  quarantine: landingZone.guardrails.guardrails.suspendedScps.map((p) => ({ name: p.name, characters: p.size, statements: p.sids })),
};
