/**
 * Cuentas de demostración que crea `seedDatabase(url, { demo: true })`, como las nombran `npm start`
 * (para mostrarlas) y las pruebas e2e (para iniciar sesión). Se definen una sola vez, con la siembra
 * (`prisma/seed/demo/datos.ts`).
 */
import {
  CONTRASENA_DEMO_POR_DEFECTO,
  CUENTAS_DEMO,
  USUARIOS_DEMO,
  type CuentaDemo,
} from "../prisma/seed/demo/datos";

export { CUENTAS_DEMO, type CuentaDemo };

export interface AccesoDemo {
  cuenta: CuentaDemo;
  email: string;
  descripcion: string;
}

export const ACCESOS_DEMO = Object.fromEntries(
  USUARIOS_DEMO.map((u) => [u.cuenta, { cuenta: u.cuenta, email: u.email, descripcion: u.descripcion }]),
) as Record<CuentaDemo, AccesoDemo>;

/** Contraseña de las cuentas de demostración: `DEMO_PASSWORD` o la predeterminada. */
export function claveDemo(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEMO_PASSWORD || CONTRASENA_DEMO_POR_DEFECTO;
}
