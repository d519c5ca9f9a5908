import { defineControl } from "../../model/control";
import { failAll, notApplicable, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { num } from "../../shared/text";

/** Serverless variants (serverlessConfig) and inference-component variants (no instance count) are out of scope. */
export const sagemakerEndpointConfigMultipleInstances = defineControl({
  id: "aws-sagemaker-endpoint-config-multiple-instances",
  title: "SageMaker endpoint production variants run more than one instance",
  rationale: "A single instance is a single Availability Zone: its failure or patching takes the inference endpoint down.",
  severity: "medium",
  cloud: "aws",
  service: "sagemaker",
  resourceTypes: ["aws:sagemaker/endpointConfiguration:EndpointConfiguration"],
  frameworks: {
    "aws-fsbp": ["SageMaker.4"],
    "nist-800-53-r5": ["CP-10", "SC-5", "SC-36"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation: "Set initialInstanceCount to 2 or more on every instance-based production variant (SageMaker spreads them across zones).",
  enforcementLevel: "advisory",
  tags: ["resilience", "ml"],
  check: (r) => {
    const violations: Violation[] = [];
    let counted = 0;
    objectsOf(r.props.productionVariants).forEach((v, i) => {
      if (v.serverlessConfig || v.initialInstanceCount === undefined) return;
      counted++;
      if (num(v.initialInstanceCount) <= 1) {
        violations.push({
          property: `productionVariants[${i}].initialInstanceCount`,
          message: `productionVariants[${i}].initialInstanceCount is ${v.initialInstanceCount}; set it to 2 or more`,
        });
      }
    });
    if (counted === 0) return notApplicable("no instance-based production variant");
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
          props: { productionVariants: [{ variantName: "main", modelName: "m", instanceType: "ml.m5.large", initialInstanceCount: 2 }] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
          props: { productionVariants: [{ variantName: "main", modelName: "m", instanceType: "ml.m5.large", initialInstanceCount: 1 }] },
        },
      ],
    ],
  },
});
