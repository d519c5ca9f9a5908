import type { Control } from "@palisade/controls";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { CentralLogging } from "./central-logging";
import { GuardrailPolicies } from "./guardrail-policies";
import { Hierarchy } from "./hierarchy";
import { KeyManagement } from "./key-management";
import { GcpResponse } from "./response";
import { SharedVpc } from "./shared-vpc";

/** The whole landing zone, from a validated config and the GCP controls. */
export class LandingZone extends pulumi.ComponentResource {
  readonly hierarchy: Hierarchy;
  readonly guardrails: GuardrailPolicies;
  readonly keys: KeyManagement;
  readonly logging: CentralLogging;
  readonly network: SharedVpc;

  constructor(name: string, config: LandingZoneConfig, controls: readonly Control[], opts?: pulumi.ComponentResourceOptions) {
    super("palisade:gcp:LandingZone", name, {}, opts);
    const parent = { parent: this };
    this.hierarchy = new Hierarchy("hierarchy", config, parent);
    this.guardrails = new GuardrailPolicies("guardrails", config, controls, parent);
    this.keys = new KeyManagement("keys", config, this.hierarchy.core.security.projectId, parent);
    this.logging = new CentralLogging(
      "logging",
      config,
      { loggingProject: this.hierarchy.core.logging, logKey: this.keys.logKey, logKeyName: this.keys.logKeyName },
      parent,
    );
    this.network = new SharedVpc(
      "network",
      config,
      { hostProject: this.hierarchy.core.networkHost, serviceProjects: this.hierarchy.workloads },
      parent,
    );
    if (Object.values(config.respond.runbooks).some((mode) => mode !== "off")) {
      const security = this.hierarchy.core.security;
      new GcpResponse(
        "respond",
        config,
        {
          project: security.projectId,
          projectNumber: security.number,
          bundle: new pulumi.asset.FileAsset(require.resolve("@palisade/respond/dist/functions/gcp/index.js")),
        },
        parent,
      );
    }
    this.registerOutputs({});
  }
}
