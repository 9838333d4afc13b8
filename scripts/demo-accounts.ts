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

export const DEMO_ROLES = CUENTAS_DEMO;

export type DemoRole = CuentaDemo;

export interface DemoAccount {
  role: DemoRole;
  email: string;
  description: string;
}

export const DEMO_ACCOUNTS = Object.fromEntries(
  USUARIOS_DEMO.map((u) => [u.cuenta, { role: u.cuenta, email: u.email, description: u.descripcion }]),
) as Record<DemoRole, DemoAccount>;

export const DEFAULT_DEMO_PASSWORD = CONTRASENA_DEMO_POR_DEFECTO;

/** Contraseña de las cuentas de demostración: `DEMO_PASSWORD` o la predeterminada. */
export function demoPassword(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
}
