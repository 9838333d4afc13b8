/**
 * Demo accounts created by `seedDatabase(url, { demo: true })`, as `npm start` (to show them) and
 * the e2e tests (to sign in) refer to them. They are defined only once, with the seed
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

/** Password of the demo accounts: `DEMO_PASSWORD` or the default one. */
export function claveDemo(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEMO_PASSWORD || CONTRASENA_DEMO_POR_DEFECTO;
}
