/**
 * Cuentas de demostración que crea `seedDatabase(url, { demo: true })`.
 * Las usan `npm start` (para mostrarlas) y las pruebas e2e (para iniciar sesión).
 */
export const DEMO_ROLES = ["ADMIN", "COORDINADOR", "SUBDIRECTOR", "SUBDIRECTOR2", "CONSULTA"] as const;

export type DemoRole = (typeof DEMO_ROLES)[number];

export interface DemoAccount {
  role: DemoRole;
  email: string;
  description: string;
}

export const DEMO_ACCOUNTS: Record<DemoRole, DemoAccount> = {
  ADMIN: { role: "ADMIN", email: "admin@sena.demo", description: "Administrador" },
  COORDINADOR: {
    role: "COORDINADOR",
    email: "coordinador@sena.demo",
    description: "Coordinador del Grupo de Recaudo y Cartera",
  },
  SUBDIRECTOR: {
    role: "SUBDIRECTOR",
    email: "subdirector@sena.demo",
    description: "Subdirector de centro",
  },
  SUBDIRECTOR2: {
    role: "SUBDIRECTOR2",
    email: "subdirector2@sena.demo",
    description: "Subdirector de otro centro",
  },
  CONSULTA: { role: "CONSULTA", email: "consulta@sena.demo", description: "Solo consulta" },
};

export const DEFAULT_DEMO_PASSWORD = "Plan2020!";

/** Contraseña de las cuentas de demostración: `DEMO_PASSWORD` o la predeterminada. */
export function demoPassword(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
}
