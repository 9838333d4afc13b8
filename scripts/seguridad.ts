// `npm run seguridad -- --url http://localhost:3000`: tests a running application from the
// outside, over HTTP only (it starts nothing), and prints one line per check. Exits with 1 if any
// check fails. By default it signs in with the demo accounts; on a real installation, give a test
// coordinación account and a test subdirección account:
//   --coordinador correo:clave --subdirector correo:clave
import { ACCESOS_DEMO, claveDemo } from "./cuentas-demo";
import { comprobarTodo, type Cuenta } from "./seguridad/sondas";

function argumento(nombre: string): string | undefined {
  const i = process.argv.indexOf(`--${nombre}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

function cuenta(nombre: string, porDefecto: string): Cuenta {
  const valor = argumento(nombre);
  if (!valor) return { correo: porDefecto, clave: claveDemo() };
  const i = valor.indexOf(":");
  return { correo: valor.slice(0, i), clave: valor.slice(i + 1) };
}

async function main(): Promise<void> {
  const base = argumento("url") ?? "http://localhost:3000";
  const resultados = await comprobarTodo(
    base,
    cuenta("coordinador", ACCESOS_DEMO.COORDINADOR.email),
    cuenta("subdirector", ACCESOS_DEMO.SUBDIRECTOR.email),
  );
  for (const r of resultados) console.log(`${r.ok ? "✓" : "✗"} ${r.nombre} — ${r.detalle}`);
  const fallas = resultados.filter((r) => !r.ok).length;
  console.log(
    fallas === 0
      ? `\n${resultados.length} comprobaciones superadas.`
      : `\n${fallas} de ${resultados.length} fallaron.`,
  );
  process.exitCode = fallas === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
