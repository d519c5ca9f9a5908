import * as kms from "@pulumi/gcp/kms";
import * as pulumi from "@pulumi/pulumi";
import { ENVIRONMENTS, type Environment, type LandingZoneConfig } from "../config";

/** Key rings per environment (and one for logging) in the security project; keys rotate within the configured days. */
export class KeyManagement extends pulumi.ComponentResource {
  readonly keys: Record<Environment, kms.CryptoKey>;
  readonly logKey: kms.CryptoKey;
  /** The log key's resource name (projects/…/cryptoKeys/default), known at preview. */
  readonly logKeyName: string;

  constructor(name: string, config: LandingZoneConfig, securityProject: pulumi.Input<string>, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:gcp:KeyManagement", name, {}, opts);
    const rotationPeriod = `${config.kms.rotationDays * 86400}s`;
    const ring = (key: string, location: string) =>
      new kms.KeyRing(`ring-${key}`, { name: key, location, project: securityProject }, { parent: this });
    const key = (ringRes: kms.KeyRing, key: string) =>
      new kms.CryptoKey(
        `key-${key}`,
        { name: "default", keyRing: ringRes.id, rotationPeriod, purpose: "ENCRYPT_DECRYPT", labels: config.labels },
        { parent: this, protect: true },
      );
    this.keys = Object.fromEntries(
      ENVIRONMENTS.map((env) => {
        const k = key(ring(env.toLowerCase(), config.network.region), env);
        const users = config.kms.keyUsers[env] ?? [];
        if (users.length > 0) {
          new kms.CryptoKeyIAMBinding(
            `key-${env}-users`,
            { cryptoKeyId: k.id, role: "roles/cloudkms.cryptoKeyEncrypterDecrypter", members: users },
            { parent: this },
          );
        }
        return [env, k];
      }),
    ) as Record<Environment, kms.CryptoKey>;
    // CMEK for the log bucket must live in the bucket's location.
    this.logKey = key(ring("logging", config.logging.location), "logging");
    this.logKeyName = `projects/${config.projects.security.id}/locations/${config.logging.location}/keyRings/logging/cryptoKeys/default`;
    this.registerOutputs({});
  }
}
