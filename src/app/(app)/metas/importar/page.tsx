import type { Metadata } from "next";
import Link from "next/link";
import { EnlacesDeDescarga } from "@/components/ui/enlaces-de-descarga";
import { FormatoDeImportacion, type ColumnaDeImportacion } from "@/components/ui/formato-de-importacion";
import { Encabezado } from "@/components/ui/encabezado";
import { SelectorDeVigencia } from "@/components/ui/selector-de-vigencia";
import { ImportarMetas } from "@/features/metas/components/importar-metas";
import { elegirVigencia } from "@/features/plan/vigencias";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Importar metas de recaudo" };

const COLUMNAS: ColumnaDeImportacion[] = [
  {
    nombre: "vigencia",
    obligatoria: true,
    explicacion: "El año de la vigencia, p. ej. 2026; la vigencia debe existir en el plan.",
  },
  { nombre: "semestre", obligatoria: true, explicacion: "1 o 2 (también «2026-S1» o «Semestre 1»)." },
  {
    nombre: "regional",
    obligatoria: true,
    explicacion: "Código o nombre de la regional, o «Nacional» para la meta nacional.",
  },
  {
    nombre: "meta",
    obligatoria: true,
    explicacion:
      "En pesos enteros (1.500.000 o 1500000). Vacía: la regional queda sin meta. Con metas regionales, la meta nacional es su suma: puede dejarla vacía o escribir la suma como control.",
  },
];

export default async function ImportarMetasPage(props: { searchParams: Promise<{ vigencia?: string }> }) {
  await requerirPermiso({ accion: "gestionar-metas" });
  const { vigencias, vigencia } = await elegirVigencia((await props.searchParams).vigencia);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link
          href={vigencia ? `/metas?vigencia=${vigencia.anio}` : "/metas"}
          className="text-sena-700 underline"
        >
          ← Metas de recaudo
        </Link>
      </p>
      <Encabezado
        titulo="Importar metas de recaudo"
        descripcion="Fije muchas metas a la vez desde un archivo de Excel o CSV: primero verá qué cambia en cada fila y nada se guarda hasta que confirme, todas juntas o ninguna."
      />
      <FormatoDeImportacion columnas={COLUMNAS} className="mb-6">
        <p className="text-sm text-slate-700">
          La plantilla es la descarga de las metas de una vigencia: una fila por semestre y regional, con las
          metas que ya tiene. Cámbiela en Excel y vuelva a cargarla; lo que no cambie queda igual.
        </p>
        {vigencia ? (
          <div className="flex flex-wrap items-end justify-between gap-3">
            <EnlacesDeDescarga
              ruta="/metas/exportar"
              parametros={{ vigencia: vigencia.anio }}
              contexto={`plantilla con las metas de ${vigencia.nombre}`}
            />
            <SelectorDeVigencia vigencias={vigencias} actual={vigencia.anio} />
          </div>
        ) : null}
      </FormatoDeImportacion>
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ImportarMetas />
      </section>
    </>
  );
}
