import type { Rol } from "@/generated/prisma/enums";

// Excel configured for Colombia opens ";"-separated UTF-8 files with a BOM correctly.
const BOM = "\uFEFF";
const SEPARADOR = ";";

function celda(valor: string): string {
  return /[;"\r\n]/.test(valor) ? `"${valor.replace(/"/g, '""')}"` : valor;
}

function comoCsv(filas: readonly (readonly string[])[]): string {
  return BOM + filas.map((fila) => fila.map(celda).join(SEPARADOR)).join("\r\n") + "\r\n";
}

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
