export * from "./model/snapshot";
