// The enums' codes for the app's layers, which do not import db/ directly (eslint.config.mjs).
export * from "@/db/schema/enum-values";
