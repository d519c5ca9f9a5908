import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

export const transferServerNoFtp = defineControl({
  id: "aws-transfer-server-no-ftp",
  title: "Transfer Family servers do not accept plain FTP",
  rationale: "FTP sends user names, passwords and files in clear text; SFTP and FTPS protect both.",
  severity: "high",
  cloud: "aws",
  service: "transfer",
  resourceTypes: ["aws:transfer/server:Server"],
  frameworks: {
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "IA-5(1)(c)"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1", "8.3.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set protocols to ["SFTP"] (or "FTPS" with a certificate).',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit"],
  check: (r) =>
    listOf<unknown>(r.props.protocols).includes("FTP")
      ? fail("protocols", 'protocols includes "FTP", which is unencrypted; use "SFTP" or "FTPS"')
      : pass(),
  examples: {
    compliant: [
      [{ type: "aws:transfer/server:Server", props: { protocols: ["SFTP"], identityProviderType: "SERVICE_MANAGED" } }],
      [{ type: "aws:transfer/server:Server", props: { identityProviderType: "SERVICE_MANAGED" } }],
    ],
    nonCompliant: [
      [
        {
          type: "aws:transfer/server:Server",
          props: { protocols: ["SFTP", "FTP"], endpointType: "VPC", identityProviderType: "API_GATEWAY" },
        },
      ],
    ],
  },
});
