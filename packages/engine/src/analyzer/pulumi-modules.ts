import { createRequire } from "node:module";
import * as path from "node:path";
import type * as grpc from "@grpc/grpc-js";
import type * as analyzerGrpcPb from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import type * as emptyPb from "google-protobuf/google/protobuf/empty_pb";
import type * as structPb from "google-protobuf/google/protobuf/struct_pb";

/**
 * The gRPC and protobuf modules that talk to one pack. The generated `*_grpc_pb` serializers check
 * `instanceof` against their own `analyzer_pb`, so every message, `Struct` and the grpc-js client must
 * come from the same `@pulumi/pulumi` copy: the one the pack resolves (its own, or the hoisted one).
 */
export interface PulumiProtoModules {
  /** Absolute path of `@pulumi/pulumi/cmd/run-policy-pack`, the program the CLI runs for Node.js packs. */
  runPolicyPackPath: string;
  grpc: typeof grpc;
  analyzerPb: typeof analyzerPb;
  analyzerGrpcPb: typeof analyzerGrpcPb;
  pluginPb: typeof pluginPb;
  structPb: typeof structPb;
  /** `google.protobuf.Empty` as the generated service expects it (the SDK does the same dance). */
  Empty: typeof emptyPb.Empty;
}

const modulesByPulumiDir = new Map<string, PulumiProtoModules>();

/** Throws (from `require.resolve`) when the pack cannot resolve `@pulumi/pulumi`. */
export function loadPulumiProtoModules(packDir: string): PulumiProtoModules {
  const packRequire = createRequire(path.join(packDir, "package.json"));
  const runPolicyPackPath = packRequire.resolve("@pulumi/pulumi/cmd/run-policy-pack");
  const analyzerGrpcPbPath = packRequire.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb");
  const pulumiProtoDir = path.dirname(analyzerGrpcPbPath);
  const cached = modulesByPulumiDir.get(pulumiProtoDir);
  if (cached) {
    return { ...cached, runPolicyPackPath };
  }
  // Resolve each dependency from the module that uses it, as Node would for the SDK's own code.
  const grpcPbRequire = createRequire(analyzerGrpcPbPath);
  const loadedAnalyzerGrpcPb = grpcPbRequire(analyzerGrpcPbPath) as typeof analyzerGrpcPb;
  const loaded: PulumiProtoModules = {
    runPolicyPackPath,
    grpc: grpcPbRequire("@grpc/grpc-js") as typeof grpc,
    analyzerPb: grpcPbRequire("./analyzer_pb.js") as typeof analyzerPb,
    analyzerGrpcPb: loadedAnalyzerGrpcPb,
    pluginPb: grpcPbRequire("./plugin_pb.js") as typeof pluginPb,
    structPb: createRequire(path.join(pulumiProtoDir, "analyzer_pb.js"))("google-protobuf/google/protobuf/struct_pb") as typeof structPb,
    Empty:
      (loadedAnalyzerGrpcPb.AnalyzerService.getAnalyzerInfo as unknown as { requestType?: typeof emptyPb.Empty }).requestType ??
      (grpcPbRequire("google-protobuf/google/protobuf/empty_pb.js") as typeof emptyPb).Empty,
  };
  modulesByPulumiDir.set(pulumiProtoDir, loaded);
  return loaded;
}
