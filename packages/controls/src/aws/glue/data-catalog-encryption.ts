import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

export const glueDataCatalogEncryption = defineControl({
  id: "aws-glue-data-catalog-encryption",
  title: "Glue Data Catalogs encrypt metadata and connection passwords",
  rationale:
    "The catalog holds table schemas and locations and, in connections, database passwords; unencrypted they are readable by anyone with catalog read access.",
  severity: "medium",
  cloud: "aws",
  service: "glue",
  resourceTypes: ["aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings"],
  frameworks: {
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "IA-5(h)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1", "8.3.2"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set dataCatalogEncryptionSettings: { encryptionAtRest: { catalogEncryptionMode: "SSE-KMS", sseAwsKmsKeyId }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true, awsKmsKeyId } }.',
  enforcementLevel: "advisory",
  tags: ["encryption", "analytics"],
  check: (r) => {
    const violations: Violation[] = [];
    const s = r.props.dataCatalogEncryptionSettings;
    const mode = s?.encryptionAtRest?.catalogEncryptionMode;
    if (mode !== "SSE-KMS" && mode !== "SSE-KMS-WITH-SERVICE-ROLE") {
      violations.push({
        property: "dataCatalogEncryptionSettings.encryptionAtRest.catalogEncryptionMode",
        message: `catalogEncryptionMode is ${JSON.stringify(mode ?? null)}; set it to "SSE-KMS"`,
      });
    }
    if (s?.connectionPasswordEncryption?.returnConnectionPasswordEncrypted !== true) {
      violations.push({
        property: "dataCatalogEncryptionSettings.connectionPasswordEncryption.returnConnectionPasswordEncrypted",
        message: "connection passwords are not encrypted; set returnConnectionPasswordEncrypted: true with a KMS key",
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings",
          props: {
            dataCatalogEncryptionSettings: {
              encryptionAtRest: { catalogEncryptionMode: "SSE-KMS", sseAwsKmsKeyId: "arn:aws:kms:eu-west-1:1:key/1" },
              connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true, awsKmsKeyId: "arn:aws:kms:eu-west-1:1:key/1" },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings",
          props: {
            dataCatalogEncryptionSettings: {
              encryptionAtRest: { catalogEncryptionMode: "DISABLED" },
              connectionPasswordEncryption: { returnConnectionPasswordEncrypted: false },
            },
          },
        },
      ],
    ],
  },
});
