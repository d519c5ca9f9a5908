/**
 * Families of Google Cloud controls: one setting decided against the value it should have (with what the API
 * does when it is absent), and "no public IAM grant" on the IAM resources of a service. One check per family;
 * each control file states the service-specific facts.
 */
import type { ControlDefinition, ExampleResource } from "../model/control";
import type { FrameworkMappings } from "../model/types";
import { fail, failAll, pass, type Violation } from "../model/verdict";
import { type Bag, shown } from "./azure";
import { settingAt, withSetting } from "./azure-setting";
import { grantsOf, isPublicMember } from "./gcp";

export interface GcpSetting {
  id: string;
  service: string;
  title: string;
  rationale: string;
  remediation: string;
  resourceTypes: readonly string[];
  path: string;
  ok: (value: unknown) => boolean;
  /** What the API does when the setting is absent, and whether that passes. */
  unset: { passes: boolean; meaning: string };
  want: string;
  good: readonly unknown[];
  bad: readonly unknown[];
  base?: Bag;
  frameworks: FrameworkMappings;
  severity?: ControlDefinition["severity"];
  enforcementLevel?: ControlDefinition["enforcementLevel"];
  tags: readonly string[];
  preventive?: ControlDefinition["preventive"];
}

export function gcpSettingControl(s: GcpSetting): ControlDefinition {
  const one = (props: Bag): ExampleResource[] => [{ type: s.resourceTypes[0], props }];
  const base = s.base ?? {};
  return {
    id: s.id,
    title: s.title,
    rationale: s.rationale,
    severity: s.severity ?? "medium",
    cloud: "gcp",
    service: s.service,
    resourceTypes: s.resourceTypes,
    frameworks: s.frameworks,
    remediation: s.remediation,
    enforcementLevel: s.enforcementLevel ?? "mandatory",
    tags: s.tags,
    check: (r) => {
      const value = settingAt(r.props, s.path);
      if (value === undefined || value === null) {
        return s.unset.passes ? pass() : fail(s.path, `${s.path} is unset (${s.unset.meaning}); ${s.want}`);
      }
      return s.ok(value) ? pass() : fail(s.path, `${s.path} is ${shown(value)}; ${s.want}`);
    },
    preventive: s.preventive,
    examples: {
      compliant: [...s.good.map((v) => one(withSetting(base, s.path, v))), ...(s.unset.passes ? [one(base)] : [])],
      nonCompliant: [...s.bad.map((v) => one(withSetting(base, s.path, v))), ...(s.unset.passes ? [] : [one(base)])],
    },
  };
}

/**
 * No IAM member, binding or policy of a service grants a role to allUsers or allAuthenticatedUsers. `target`
 * is the property naming the resource (for messages and examples), `base` the other required inputs.
 */
export function publicIamControl(s: {
  id: string;
  service: string;
  noun: string;
  rationale: string;
  iamTypes: readonly string[];
  target: Bag;
  role: string;
  frameworks: FrameworkMappings;
  severity?: ControlDefinition["severity"];
  enforcementLevel?: ControlDefinition["enforcementLevel"];
}): ControlDefinition {
  const [memberType, bindingType, policyType] = s.iamTypes;
  return {
    id: s.id,
    title: `${s.noun} are not granted to allUsers or allAuthenticatedUsers`,
    rationale: s.rationale,
    severity: s.severity ?? "high",
    cloud: "gcp",
    service: s.service,
    resourceTypes: s.iamTypes,
    frameworks: s.frameworks,
    remediation: `Remove allUsers and allAuthenticatedUsers from the IAM grants on ${s.noun.toLowerCase()}; grant named groups or service accounts.`,
    enforcementLevel: s.enforcementLevel ?? "mandatory",
    tags: ["iam", "public-exposure"],
    // The organisation policy iam.allowedPolicyMemberDomains (gcp-iam-allowed-member-domains) blocks these grants everywhere.
    check: (r) => {
      const violations: Violation[] = grantsOf(r)
        .filter((g) => isPublicMember(g.member))
        .map((g) => ({ property: g.property, message: `${r.name} grants ${g.role} to ${g.member}; remove it and grant named principals` }));
      return failAll(violations);
    },
    examples: {
      compliant: [
        [{ type: memberType, name: "grant", props: { ...s.target, role: s.role, member: "group:orders-team@example.com" } }],
        [
          {
            type: bindingType,
            name: "grant",
            props: { ...s.target, role: s.role, members: ["serviceAccount:app@p.iam.gserviceaccount.com"] },
          },
        ],
      ],
      nonCompliant: [
        [{ type: memberType, name: "grant", props: { ...s.target, role: s.role, member: "allUsers" } }],
        [
          {
            type: bindingType,
            name: "grant",
            props: { ...s.target, role: s.role, members: ["group:a@example.com", "allAuthenticatedUsers"] },
          },
        ],
        [
          {
            type: policyType,
            name: "grant",
            props: { ...s.target, policyData: JSON.stringify({ bindings: [{ role: s.role, members: ["allUsers"] }] }) },
          },
        ],
      ],
    },
  };
}

export const PUBLIC_EXPOSURE: FrameworkMappings = {
  "nist-800-53-r5": ["AC-3", "AC-6", "AC-21"],
  soc2: ["CC6.1", "CC6.6"],
  "iso27001-2022": ["A.5.15", "A.8.3"],
  "pci-dss-4.0": ["7.2.1"],
  hipaa: ["164.312(a)(1)"],
};

export const CMEK: FrameworkMappings = {
  "nist-800-53-r5": ["SC-12", "SC-28"],
  soc2: ["CC6.1"],
  "iso27001-2022": ["A.8.24"],
  "pci-dss-4.0": ["3.5.1"],
  hipaa: ["164.312(a)(2)(iv)"],
};

export const PATCHING: FrameworkMappings = {
  "nist-800-53-r5": ["SI-2", "SI-2(2)"],
  soc2: ["CC7.1"],
  "iso27001-2022": ["A.8.8"],
  "pci-dss-4.0": ["6.3.3"],
  hipaa: ["164.308(a)(5)(ii)(B)"],
};

export const GCP_NETWORK: FrameworkMappings = {
  "nist-800-53-r5": ["AC-4", "SC-7"],
  soc2: ["CC6.6"],
  "iso27001-2022": ["A.8.20", "A.8.22"],
  "pci-dss-4.0": ["1.3.1", "1.4.1"],
  hipaa: ["164.312(e)(1)"],
};

export const GCP_LOGGING: FrameworkMappings = {
  "nist-800-53-r5": ["AU-2", "AU-12"],
  soc2: ["CC7.2"],
  "iso27001-2022": ["A.8.15"],
  "pci-dss-4.0": ["10.2.1"],
  hipaa: ["164.312(b)"],
};

export const GCP_TLS: FrameworkMappings = {
  "nist-800-53-r5": ["SC-8", "SC-8(1)"],
  soc2: ["CC6.7"],
  "iso27001-2022": ["A.8.24"],
  "pci-dss-4.0": ["4.2.1"],
  hipaa: ["164.312(e)(1)"],
};
