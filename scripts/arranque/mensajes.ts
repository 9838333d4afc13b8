// What `npm start` tells the user: its progress lines, URLs without their password and the banner.
import { ACCESOS_DEMO, claveDemo } from "../cuentas-demo";

export const info = (message: string) => console.log(`[inicio] ${message}`);

export function ocultarClave(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(URL no válida)";
  }
}

export function imprimirBienvenida(url: string, demoEmails: Set<string>): void {
  const line = "─".repeat(64);
  const rows = [line, "  Seguimiento al Plan de Acción — listo", `  Abra ${url}`];
  const accounts = Object.values(ACCESOS_DEMO).filter((account) => demoEmails.has(account.email));
  if (accounts.length > 0) {
    rows.push("", `  Cuentas de demostración (contraseña: ${claveDemo()}):`);
    for (const account of accounts) {
      rows.push(`    ${account.email.padEnd(26)} ${account.descripcion}`);
    }
  } else {
    rows.push(
      "",
      "  Esta base no tiene cuentas de demostración (se crean con SEED_DEMO=true en una base vacía).",
    );
  }
  rows.push("", "  Ctrl-C para detener.", line);
  console.log(`\n${rows.join("\n")}\n`);
}
