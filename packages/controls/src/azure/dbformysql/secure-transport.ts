import type { CheckedResource } from "../../model/control";
import { defineControl } from "../../model/control";
import { notApplicable, type Verdict } from "../../model/verdict";
import { isOn, parameterCheck, parameterName } from "../../shared/azure-server-parameters";

const secureTransport = parameterCheck(["require_secure_transport"], isOn, '"ON"');
const tlsVersion = parameterCheck(
  ["tls_version"],
  (v) => {
    const versions = v
      .split(",")
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean);
    return versions.length > 0 && versions.every((x) => x === "tlsv1.2" || x === "tlsv1.3");
  },
  '"TLSv1.2" (or "TLSv1.2,TLSv1.3")',
);

export const mysqlSecureTransport = defineControl({
  id: "azure-dbformysql-secure-transport",
  title: "MySQL servers require TLS 1.2 or newer for every connection",
  rationale:
    "With require_secure_transport off, or TLS 1.0/1.1 allowed, passwords and data can cross the network unencrypted or weakly encrypted.",
  severity: "high",
  cloud: "azure",
  service: "dbformysql",
  resourceTypes: ["azure-native:dbformysql:Configuration", "azure-native:dbformysql:SingleServerConfiguration"],
  frameworks: {
    "cis-azure-3.0": ["5.3.1", "5.3.2"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation:
    'Keep require_secure_transport "ON" and tls_version "TLSv1.2" (or "TLSv1.2,TLSv1.3"); both are the flexible server defaults.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "database"],
  check: (r: CheckedResource): Verdict => {
    const name = parameterName(r);
    if (name === "require_secure_transport") return secureTransport(r);
    if (name === "tls_version") return tlsVersion(r);
    return notApplicable(`configures ${name}, not require_secure_transport or tls_version`);
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:dbformysql:Configuration",
          props: { serverName: "my", configurationName: "tls_version", value: "TLSv1.2,TLSv1.3" },
        },
      ],
      [
        {
          type: "azure-native:dbformysql:Configuration",
          props: { serverName: "my", configurationName: "require_secure_transport", value: "ON" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:dbformysql:Configuration",
          props: { serverName: "my", configurationName: "require_secure_transport", value: "OFF" },
        },
      ],
      [
        {
          type: "azure-native:dbformysql:Configuration",
          props: { serverName: "my", configurationName: "tls_version", value: "TLSv1.1,TLSv1.2" },
        },
      ],
    ],
  },
});
