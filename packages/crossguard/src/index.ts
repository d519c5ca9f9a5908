export * from "./config";
export * from "./frameworks";
export * from "./in-process";
export * from "./pack";
export * from "./policy";
