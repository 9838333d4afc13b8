import type { Metadata } from "next";
import { FormatoDeImportacion, type ColumnaDeImportacion } from "@/components/ui/formato-de-importacion";
import { Encabezado } from "@/components/ui/encabezado";
import { RutaAdmin } from "@/features/administracion/components/ruta-admin";
import { plantillaCsv } from "@/features/usuarios/importacion/archivos";
import { ImportarUsuarios } from "@/features/usuarios/importacion/components/importar-usuarios";
import { codigoDeCentroDeEjemplo } from "@/features/usuarios/queries";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Importar usuarios" };

const COLUMNAS: ColumnaDeImportacion[] = [
  {
    nombre: "correo",
    obligatoria: true,
    explicacion:
      "Identifica la cuenta: si ya existe, se actualiza; si no, se crea. También se acepta «email».",
  },
  { nombre: "nombre", obligatoria: true, explicacion: "Nombre completo." },
  {
    nombre: "rol",
    obligatoria: true,
    explicacion: "ADMIN, COORDINADOR, SUBDIRECTOR o CONSULTA (o su nombre, p. ej. «Subdirector de centro»).",
  },
  {
    nombre: "centro",
    obligatoria: true,
    explicacion: "Código del centro: con valor para SUBDIRECTOR y vacío para los demás roles.",
  },
  {
    nombre: "activo",
    obligatoria: false,
    explicacion: "«sí» o «no». Vacío: las cuentas nuevas quedan activas y las existentes no cambian.",
  },
];

export default async function ImportarUsuariosPage() {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const plantilla = plantillaCsv(await codigoDeCentroDeEjemplo(usuario));
  return (
    <>
      <RutaAdmin seccion="usuarios" />
      <Encabezado
        titulo="Importar usuarios"
        descripcion="Cree o actualice muchas cuentas a la vez desde un archivo de Excel o CSV: primero verá qué pasará con cada fila y nada se guarda hasta que confirme."
      />
      <FormatoDeImportacion columnas={COLUMNAS} className="mb-6">
        <p className="text-sm text-slate-700">
          Las cuentas nuevas reciben una contraseña temporal que verá una sola vez al terminar. A las
          existentes no se les cambia la contraseña.
        </p>
        <a
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(plantilla)}`}
          download="plantilla-usuarios.csv"
          className="inline-block font-medium text-sena-700 underline hover:text-sena-800"
        >
          Descargar la plantilla de ejemplo (CSV)
        </a>
      </FormatoDeImportacion>
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ImportarUsuarios />
      </section>
    </>
  );
}
