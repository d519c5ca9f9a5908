/**
 * Names the landing zone gives to what it creates. Every role starts with ROLE_PREFIX so that one
 * protectedRoleNames pattern (`palisade-*`) covers them all; bucket names carry the organisation name
 * and the management account id because S3 names are global.
 */
import type { LandingZoneConfig } from "./config";

export const ROLE_PREFIX = "palisade-";

export const ROLE_NAMES = {
  eventForwarder: `${ROLE_PREFIX}event-forwarder`,
  trailToCloudWatch: `${ROLE_PREFIX}cloudtrail-cloudwatch`,
  configAggregator: `${ROLE_PREFIX}config-aggregator`,
} as const;

export const CENTRAL_EVENT_BUS = `${ROLE_PREFIX}security-events`;
export const ORGANIZATION_TRAIL = `${ROLE_PREFIX}organization-trail`;

export function logBucketName(c: LandingZoneConfig): string {
  return `${c.organization.name}-org-logs-${c.organization.managementAccountId}-${c.homeRegion}`;
}

export function accessLogBucketName(c: LandingZoneConfig): string {
  return `${c.organization.name}-s3-access-logs-${c.organization.managementAccountId}-${c.homeRegion}`;
}

/** Key prefixes inside the log bucket, one per producer (each has its own bucket-policy statement). */
export const LOG_PREFIX = { config: "config", flowLogs: "vpc-flow-logs" } as const;

export function trailArn(c: LandingZoneConfig): string {
  return `arn:aws:cloudtrail:${c.homeRegion}:${c.organization.managementAccountId}:trail/${ORGANIZATION_TRAIL}`;
}

export function defaultTags(c: LandingZoneConfig): Record<string, string> {
  return { "palisade:managed-by": "aws-landing-zone", ...c.tags };
}
