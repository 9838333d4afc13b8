import Link from "next/link";
import type { ReactNode } from "react";

export interface EstadoOriginal {
  regionalId: number | null;
  generaAprovechamiento: boolean;
  requiereRecursos: boolean;
  activo: boolean;
  /** "Nombre (correo)" of each active subdirector of the centro being edited. */
  subdirectores: string[];
}

function Nota({ tono, children }: { tono: "ambar" | "rojo"; children: ReactNode }) {
  const clases =
    tono === "rojo" ? "border-red-300 bg-red-50 text-red-800" : "border-amber-300 bg-amber-50 text-amber-900";
  return <p className={`mt-2 rounded-md border px-3 py-2 text-sm ${clases}`}>{children}</p>;
}

/** Which vigencias a change of today's marks reaches (decisión 0020). */
export function desdeLaVigencia(anio: number) {
  return `la vigencia ${anio} y las siguientes`;
}

interface PropsConsecuencia {
  original: EstadoOriginal | null;
  ahora: boolean;
  /** The running vigencia's year: today's marks reach it and later ones, never earlier ones. */
  anio: number;
}

/** What saving a change of "genera aprovechamiento" does to the centro's obligations. */
export function ConsecuenciaAprovechamiento(props: PropsConsecuencia) {
  if (!props.original || props.original.generaAprovechamiento === props.ahora) return null;
  return props.ahora ? (
    <Nota tono="ambar">
      Al guardar, se le pedirán el acta del comité de precios y la trazabilidad de ventas en{" "}
      {desdeLaVigencia(props.anio)}, también de los periodos ya cerrados: los que no haya presentado
      aparecerán vencidos.
    </Nota>
  ) : (
    <Nota tono="ambar">
      Al guardar, deja de estar obligado al acta del comité de precios y a la trazabilidad de ventas en{" "}
      {desdeLaVigencia(props.anio)}: ya no aparecerán como pendientes ni vencidas. Los reportes que ya
      presentó se conservan.
    </Nota>
  );
}

/** What saving a change of "requiere recursos" does to the centro's obligations. */
export function ConsecuenciaRecursos(props: PropsConsecuencia) {
  if (!props.original || props.original.requiereRecursos === props.ahora) return null;
  return props.ahora ? (
    <Nota tono="ambar">
      Al guardar, se le pedirá el reporte anual de ejecución de recursos en {desdeLaVigencia(props.anio)}.
    </Nota>
  ) : (
    <Nota tono="ambar">
      Al guardar, deja de estar obligado al reporte de ejecución de recursos en {desdeLaVigencia(props.anio)}.
      Los reportes que ya presentó se conservan.
    </Nota>
  );
}

/** What deactivating (or reactivating) the centro does, and why it may be refused. */
export function ConsecuenciaActivo(props: PropsConsecuencia) {
  const { original, ahora } = props;
  if (!original || original.activo === ahora) return null;
  if (ahora) {
    return (
      <Nota tono="ambar">
        Al guardar, vuelve a tener obligaciones en {desdeLaVigencia(props.anio)}: las que aún no haya
        presentado aparecerán pendientes o vencidas.
      </Nota>
    );
  }
  if (original.subdirectores.length > 0) {
    const uno = original.subdirectores.length === 1;
    return (
      <Nota tono="rojo">
        No se podrá desactivar mientras tenga {uno ? "un subdirector activo" : "subdirectores activos"}:{" "}
        {original.subdirectores.join("; ")}. {uno ? "Asígnelo" : "Asígnelos"} a otro centro o desactive{" "}
        {uno ? "su cuenta" : "sus cuentas"} en{" "}
        <Link href="/admin/usuarios" className="font-medium underline">
          Usuarios y roles
        </Link>
        .
      </Nota>
    );
  }
  return (
    <Nota tono="ambar">
      Al guardar, el centro deja de recibir obligaciones y de contarse entre los obligados en los tableros de
      cumplimiento y de comité de precios de {desdeLaVigencia(props.anio)}. Las vigencias anteriores no
      cambian, y los reportes que ya presentó se conservan.
    </Nota>
  );
}

export function ConsecuenciaRegional(props: { original: EstadoOriginal | null; ahora: number }) {
  const { original, ahora } = props;
  if (!original || original.regionalId === null || original.regionalId === ahora || !ahora) return null;
  return (
    <Nota tono="ambar">
      Al guardar, los reportes del centro pasan a contarse en la regional nueva en los tableros, también los
      de vigencias anteriores.
    </Nota>
  );
}
