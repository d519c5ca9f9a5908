export * from "./analyzer";
export * from "./model/snapshot";
export * from "./program";
export * from "./readers";
