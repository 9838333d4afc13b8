// `npm run trabajador`: the queue worker (e-mails and reminders) on DATABASE_URL, until SIGINT or
// SIGTERM, which finish the job in progress before exiting.
import { ConfiguracionSmtpInvalida } from "@/server/correo";
import { iniciarTrabajador } from "./cola/trabajador";

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL?.trim();
  if (!connectionString) throw new Error("Falta DATABASE_URL: el trabajador usa la base de la aplicación.");
  const trabajador = await iniciarTrabajador({ connectionString });
  console.log(
    `[trabajador] En marcha: ${process.env.SMTP_URL ? "envía los correos por SMTP" : "sin SMTP_URL, los correos quedan en la bandeja de salida"} y corre los recordatorios a las 07:00.`,
  );
  for (const senal of ["SIGINT", "SIGTERM"] as const) {
    process.once(senal, () => {
      console.log(`[trabajador] ${senal}: terminando el trabajo en curso…`);
      void trabajador.detener().then(() => process.exit(0));
    });
  }
  await trabajador.runner.promise;
}

main().catch((error: unknown) => {
  const esConfiguracion = error instanceof ConfiguracionSmtpInvalida;
  console.error(
    `[trabajador] ${esConfiguracion ? "Configuración inválida: " : "Error: "}${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
