import "server-only";
import pino from "pino";

/** Structured server log (JSON lines on stdout); the level comes from LOG_LEVEL. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "plan-accion" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});
