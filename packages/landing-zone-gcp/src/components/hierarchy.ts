import * as organizations from "@pulumi/gcp/organizations";
import * as projects from "@pulumi/gcp/projects";
import * as pulumi from "@pulumi/pulumi";
import { FOLDER_KEYS, type FolderKey, type LandingZoneConfig, type ProjectConfig } from "../config";

/** Every project gets Cloud Asset Inventory (CIS GCP 2.14) besides the services of its role. */
const BASE_SERVICES = ["cloudasset.googleapis.com"];

export type CoreProject = "logging" | "security" | "networkHost";
const CORE_SERVICES: Record<CoreProject, string[]> = {
  logging: ["logging.googleapis.com", "monitoring.googleapis.com"],
  security: ["cloudkms.googleapis.com"],
  networkHost: ["compute.googleapis.com", "dns.googleapis.com"],
};

/** Folders per environment and the landing zone's projects, none with a default network. */
export class Hierarchy extends pulumi.ComponentResource {
  readonly folders: Record<FolderKey, organizations.Folder>;
  readonly core: Record<CoreProject, organizations.Project>;
  readonly workloads: organizations.Project[];

  constructor(name: string, config: LandingZoneConfig, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:gcp:Hierarchy", name, {}, opts);
    const parent = `organizations/${config.organization.id}`;
    this.folders = Object.fromEntries(
      FOLDER_KEYS.map((k) => [
        k,
        new organizations.Folder(`folder-${k}`, { displayName: config.folders[k], parent, deletionProtection: true }, { parent: this }),
      ]),
    ) as Record<FolderKey, organizations.Folder>;

    const project = (key: string, p: ProjectConfig, folder: FolderKey, services: string[]) => {
      const res = new organizations.Project(
        key,
        {
          projectId: p.id,
          name: p.name ?? p.id,
          folderId: this.folders[folder].folderId,
          billingAccount: config.organization.billingAccount,
          autoCreateNetwork: false,
          deletionPolicy: "PREVENT",
          labels: { ...config.labels, "palisade-role": key.replace(/[^a-z0-9_-]/g, "-") },
        },
        { parent: this },
      );
      for (const s of [...new Set([...BASE_SERVICES, ...services, ...p.services])]) {
        new projects.Service(`${key}-${s.split(".")[0]}`, { project: res.projectId, service: s, disableOnDestroy: false }, { parent: res });
      }
      return res;
    };
    this.core = {
      logging: project("logging", config.projects.logging, config.projects.logging.folder ?? "common", CORE_SERVICES.logging),
      security: project("security", config.projects.security, config.projects.security.folder ?? "common", CORE_SERVICES.security),
      networkHost: project(
        "network-host",
        config.projects.networkHost,
        config.projects.networkHost.folder ?? "common",
        CORE_SERVICES.networkHost,
      ),
    };
    this.workloads = config.projects.workloads.map((w) => project(`workload-${w.id}`, w, w.folder, ["compute.googleapis.com"]));
    this.registerOutputs({});
  }
}
