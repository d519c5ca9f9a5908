/**
 * @palisade/controls: every control, defined once, with its framework mappings, check, remediation and
 * preventive form. Packs, landing zones and reports all read from here.
 */
import { awsControls } from "./aws";
import { azureControls } from "./azure";
import { gcpControls } from "./gcp";
import type { Control } from "./model/control";
import type { Cloud, FrameworkId } from "./model/types";

export * from "./frameworks/catalogue";
export { CIS_GCP_LOG_METRICS, type CisLogMetric, metricType } from "./gcp/logging/metric-alerts";
export * from "./model";
export { awsControls, azureControls, gcpControls };

// Marked pure so a bundle of one cloud's pack leaves the other clouds' controls out.
export const allControls: readonly Control[] = /* @__PURE__ */ awsControls.concat(azureControls, gcpControls);

export function controlsFor(filter: { cloud?: Cloud; framework?: FrameworkId } = {}): Control[] {
  return allControls.filter(
    (c) => (!filter.cloud || c.cloud === filter.cloud) && (!filter.framework || (c.frameworks[filter.framework]?.length ?? 0) > 0),
  );
}

export function controlById(id: string): Control | undefined {
  return allControls.find((c) => c.id === id);
}
export * as testing from "./testing/harness";
