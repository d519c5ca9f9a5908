import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { str } from "../../shared/text";

/** Engines whose DMS endpoints take sslMode (S3, DynamoDB, Kinesis, Kafka, OpenSearch, Neptune, Redis use other settings). */
const SSL_ENGINES = new Set([
  "aurora",
  "aurora-postgresql",
  "aurora-serverless",
  "aurora-postgresql-serverless",
  "azuredb",
  "azure-sql-managed-instance",
  "babelfish",
  "db2",
  "db2-zos",
  "docdb",
  "mariadb",
  "mongodb",
  "mysql",
  "oracle",
  "postgres",
  "sqlserver",
  "sybase",
]);

export const dmsEndpointSsl = defineControl({
  id: "aws-dms-endpoint-ssl",
  title: "DMS endpoints of database engines use SSL",
  rationale:
    "Replication copies whole databases across the network; without TLS the data and the database credentials can be read or altered in transit.",
  severity: "high",
  cloud: "aws",
  service: "dms",
  resourceTypes: ["aws:dms/endpoint:Endpoint"],
  frameworks: {
    "aws-fsbp": ["DMS.9"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation: 'Set sslMode to "require", or better "verify-ca"/"verify-full" with a certificateArn.',
  enforcementLevel: "mandatory",
  tags: ["encryption", "network", "database"],
  check: (r) => {
    const engine = str(r.props.engineName).toLowerCase();
    if (!SSL_ENGINES.has(engine)) return notApplicable(`engine ${JSON.stringify(r.props.engineName)} does not use sslMode`);
    const mode = str(r.props.sslMode).toLowerCase();
    if (mode === "require" || mode === "verify-ca" || mode === "verify-full") return pass();
    return fail(
      "sslMode",
      `sslMode is ${r.props.sslMode === undefined || r.props.sslMode === null ? "not set (default none)" : JSON.stringify(r.props.sslMode)} for a ${engine} endpoint; set it to "verify-full" (or at least "require")`,
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:dms/endpoint:Endpoint",
          props: {
            endpointId: "src",
            endpointType: "source",
            engineName: "postgres",
            sslMode: "verify-full",
            certificateArn: "arn:aws:dms:eu-west-1:123456789012:cert:1",
          },
        },
      ],
      [{ type: "aws:dms/endpoint:Endpoint", props: { endpointId: "dst", endpointType: "target", engineName: "s3" } }],
    ],
    nonCompliant: [
      [{ type: "aws:dms/endpoint:Endpoint", props: { endpointId: "src", endpointType: "source", engineName: "mysql" } }],
      [{ type: "aws:dms/endpoint:Endpoint", props: { endpointId: "src", endpointType: "source", engineName: "oracle", sslMode: "none" } }],
    ],
  },
});
