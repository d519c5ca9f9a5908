export * from "./model/snapshot";
export * from "./analyzer";
export * from "./program";
export * from "./readers";
