import { PolicyPack } from "@pulumi/policy";
import { packArgs, packName } from "./policies";

// Entry point the Pulumi CLI runs (`pulumi preview --policy-pack <this folder>`): starts the analyzer server.
new PolicyPack(packName, packArgs);
