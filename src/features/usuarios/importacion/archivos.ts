import type { Rol } from "@/generated/prisma/enums";

import { escribirCsv as comoCsv } from "@/lib/csv";

/** The example file offered on the import page; the subdirector row uses a real centro code. */
export function plantillaCsv(codigoCentroEjemplo: string): string {
  return comoCsv([
    ["correo", "nombre", "rol", "centro", "activo"],
    [
      "subdirector.ejemplo@sena.edu.co",
      "Nombre Apellido Subdirector",
      "SUBDIRECTOR",
      codigoCentroEjemplo,
      "sí",
    ],
    ["coordinacion.ejemplo@sena.edu.co", "Nombre Apellido Coordinador", "COORDINADOR", "", "sí"],
    ["consulta.ejemplo@sena.edu.co", "Nombre Apellido Consulta", "CONSULTA", "", "sí"],
  ]);
}

export interface CuentaConClave {
  email: string;
  nombre: string;
  rol: Rol;
  centro: string | null;
  claveTemporal: string;
}

/** The temporary passwords of an import, for the admin to hand over; built in the browser only. */
export function csvDeClaves(cuentas: readonly CuentaConClave[]): string {
  return comoCsv([
    ["correo", "nombre", "rol", "centro", "clave_temporal"],
    ...cuentas.map((c) => [c.email, c.nombre, c.rol, c.centro ?? "", c.claveTemporal]),
  ]);
}
