import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { RutaAdmin } from "@/features/usuarios/components/ruta-admin";
import { plantillaCsv } from "@/features/usuarios/importacion/archivos";
import { ImportarUsuarios } from "@/features/usuarios/importacion/components/importar-usuarios";
import { codigoDeCentroDeEjemplo } from "@/features/usuarios/queries";
import { requerirPermiso } from "@/server/session";

export const metadata: Metadata = { title: "Importar usuarios" };

const COLUMNAS: [string, string][] = [
  [
    "correo",
    "Obligatoria. Identifica la cuenta: si ya existe, se actualiza; si no, se crea. También se acepta «email».",
  ],
  ["nombre", "Obligatoria. Nombre completo."],
  [
    "rol",
    "Obligatoria. ADMIN, COORDINADOR, SUBDIRECTOR o CONSULTA (o su nombre, p. ej. «Subdirector de centro»).",
  ],
  ["centro", "Código del centro: obligatorio para SUBDIRECTOR y vacío para los demás roles."],
  ["activo", "Opcional: «sí» o «no». Vacío: las cuentas nuevas quedan activas y las existentes no cambian."],
];

export default async function ImportarUsuariosPage() {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const plantilla = plantillaCsv(await codigoDeCentroDeEjemplo(usuario));
  return (
    <>
      <RutaAdmin
        pasos={[
          { href: "/admin", etiqueta: "Administración" },
          { href: "/admin/usuarios", etiqueta: "Usuarios y roles" },
        ]}
      />
      <PageHeader
        title="Importar usuarios"
        description="Cree o actualice muchas cuentas a la vez desde un archivo de Excel o CSV: primero verá qué pasará con cada fila y nada se guarda hasta que confirme."
      />
      <section
        aria-labelledby="titulo-formato"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="titulo-formato" className="mb-3 text-lg font-semibold text-slate-900">
          Formato del archivo
        </h2>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
          {COLUMNAS.map(([columna, descripcion]) => (
            <div key={columna} className="contents">
              <dt className="font-mono font-semibold text-slate-900">{columna}</dt>
              <dd className="text-slate-700">{descripcion}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-700">
          Las cuentas nuevas reciben una contraseña temporal que verá una sola vez al terminar. A las
          existentes no se les cambia la contraseña.
        </p>
        <a
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(plantilla)}`}
          download="plantilla-usuarios.csv"
          className="mt-4 inline-block font-medium text-sena-700 underline hover:text-sena-800"
        >
          Descargar la plantilla de ejemplo (CSV)
        </a>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ImportarUsuarios />
      </section>
    </>
  );
}
