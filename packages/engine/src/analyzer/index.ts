export * from "./measure";
export {
  checkedPolicyPackConfig,
  type DeclaredPolicy,
  infoFromPolicies,
  type ParsedPolicyConfig,
  parsePolicyPackConfig,
  reconcilePolicyPackConfig,
  validatePolicyPackConfig,
} from "./policy-config";
export {
  ENGINE_ADDRESS_PLACEHOLDER,
  PolicyPackError,
  PolicyPackProcess,
  policyPackEnvironment,
  type StartPolicyPackOptions,
  startPolicyPack,
} from "./policy-pack-process";
export * from "./run-policy-packs";
export * from "./types";
