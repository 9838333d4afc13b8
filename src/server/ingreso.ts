import "server-only";
import { randomUUID } from "node:crypto";
import type { Rol } from "@/generated/prisma/enums";
import type { Origen } from "./auditoria";

/** How a person signed in, as the audit trail records it. */
export const METODO = { contrasena: "contraseña", institucional: "cuenta institucional" } as const;

type Encabezados = Record<string, unknown> | undefined;

function encabezado(headers: Encabezados, nombre: string): string | null {
  const valor = headers?.[nombre];
  return typeof valor === "string" && valor.trim() !== "" ? valor.trim() : null;
}

/**
 * The address scripts/servidor.ts wrote in X-Forwarded-For (the socket's, or the one a trusted
 * proxy saw); whatever the browser sent there was discarded before.
 */
export function origenDe(headers: Encabezados): Origen {
  return { ip: encabezado(headers, "x-forwarded-for"), userAgent: encabezado(headers, "user-agent") };
}

/** What a new session carries (next-auth's `user`, then the token): see docs/decisions/0013. */
export interface SesionNueva {
  id: string;
  name: string;
  email: string;
  rol: Rol;
  centroId: number | null;
  sid: string;
  ver: number;
  inicio: number;
  /** Begun with the institutional identity: no temporary password to replace (decision 0017). */
  institucional: boolean;
}

/** A session begun now with the account's present version: any later change of the account ends it. */
export function sesionNueva(
  cuenta: {
    id: number;
    nombre: string;
    email: string;
    rol: Rol;
    centroId: number | null;
    version: number;
  },
  institucional = false,
): SesionNueva {
  return {
    id: String(cuenta.id),
    name: cuenta.nombre,
    email: cuenta.email,
    rol: cuenta.rol,
    centroId: cuenta.centroId,
    sid: randomUUID(),
    ver: cuenta.version,
    inicio: Date.now(),
    institucional,
  };
}
