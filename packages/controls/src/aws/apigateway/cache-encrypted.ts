import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

export const apigatewayCacheEncrypted = defineControl({
  id: "aws-apigateway-cache-encrypted",
  title: "API Gateway response caches are encrypted at rest",
  rationale:
    "Cached responses hold whatever the API returns, often personal or authorisation data; an unencrypted cache keeps it in clear text on AWS storage.",
  severity: "medium",
  cloud: "aws",
  service: "apigateway",
  resourceTypes: ["aws:apigateway/methodSettings:MethodSettings"],
  frameworks: {
    "aws-fsbp": ["APIGateway.5"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set settings.cacheDataEncrypted: true wherever settings.cachingEnabled is true.",
  enforcementLevel: "mandatory",
  tags: ["data-protection", "encryption", "api"],
  check: (r) => {
    const settings = r.props.settings;
    if (settings?.cachingEnabled !== true) return notApplicable("caching is not enabled for these methods");
    if (settings.cacheDataEncrypted === true) return pass();
    return fail("settings.cacheDataEncrypted", "settings.cachingEnabled is true but settings.cacheDataEncrypted is not; set it to true");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:apigateway/methodSettings:MethodSettings",
          props: { restApi: "api", stageName: "prod", methodPath: "*/*", settings: { cachingEnabled: true, cacheDataEncrypted: true } },
        },
      ],
      [
        {
          type: "aws:apigateway/methodSettings:MethodSettings",
          props: { restApi: "api", stageName: "prod", methodPath: "*/*", settings: { loggingLevel: "ERROR" } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:apigateway/methodSettings:MethodSettings",
          props: { restApi: "api", stageName: "prod", methodPath: "*/*", settings: { cachingEnabled: true } },
        },
      ],
    ],
  },
});
