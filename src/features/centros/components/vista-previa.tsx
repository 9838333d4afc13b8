import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { Cambio, FilaDelPlan } from "../importacion";
import type { VistaPrevia as Vista } from "../operaciones-importacion";

const MOSTRAR_HASTA = 200;

const CAMPO: Record<Cambio["campo"], string> = {
  codigo: "Código",
  nombre: "Nombre",
  regional: "Regional",
  generaAprovechamiento: "Genera aprovechamiento",
  requiereRecursos: "Requiere recursos",
  activo: "Activo",
};

const siNo = (valor: boolean) => (valor ? "Sí" : "No");

function filas(n: number): string {
  return n === 1 ? "1 fila" : `${n.toLocaleString("es-CO")} filas`;
}

function Recorte({ total }: { total: number }) {
  if (total <= MOSTRAR_HASTA) return null;
  return (
    <p className="mt-2 text-sm text-slate-700">
      Se muestran las primeras {MOSTRAR_HASTA} de {total.toLocaleString("es-CO")}.
    </p>
  );
}

function Errores({ errores }: { errores: Vista["errores"] }) {
  if (errores.length === 0) return null;
  return (
    <section
      role="alert"
      aria-labelledby="errores-importacion"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
    >
      <h3 id="errores-importacion" className="font-semibold">
        {filas(errores.length)} con errores: no se importará nada hasta corregirlas
      </h3>
      <p className="mt-1 text-sm">
        Corrija el archivo y revíselo de nuevo. Las líneas son las del archivo, contando el encabezado.
      </p>
      <ul className="mt-2 space-y-1 text-sm" data-testid="errores-importacion">
        {errores.slice(0, MOSTRAR_HASTA).map((e) => (
          <li key={e.linea}>
            <span className="font-semibold">Línea {e.linea}:</span> {e.mensajes.join(" ")}
          </li>
        ))}
      </ul>
      <Recorte total={errores.length} />
    </section>
  );
}

/** One group of the preview (created or updated centros), each row with its line in the file. */
function Grupo(props: {
  id: string;
  titulo: string;
  filas: FilaDelPlan[];
  detalle: (fila: FilaDelPlan) => ReactNode;
}) {
  const { filas } = props;
  if (filas.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id} className="mb-2 font-semibold text-slate-900">
        {props.titulo} ({filas.length.toLocaleString("es-CO")})
      </h3>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
        {filas.slice(0, MOSTRAR_HASTA).map((f) => (
          <li key={f.linea} className="px-3 py-2">
            <p>
              <span className="font-mono text-xs">{f.codigo}</span>{" "}
              <span className="font-medium">{f.nombre}</span>{" "}
              <span className="text-slate-600">(línea {f.linea})</span>
            </p>
            {props.detalle(f)}
          </li>
        ))}
      </ul>
      <Recorte total={filas.length} />
    </section>
  );
}

function DatosNuevos({ fila: f }: { fila: FilaDelPlan }) {
  return (
    <p className="mt-1 text-slate-700">
      Regional {f.regional} · Genera aprovechamiento: {siNo(f.generaAprovechamiento)} · Activo:{" "}
      {siNo(f.activo)}
    </p>
  );
}

function CambiosDeFila({ fila: f }: { fila: FilaDelPlan }) {
  return (
    <ul className="mt-1 text-slate-700">
      {f.cambios.map((c) => (
        <li key={c.campo}>
          {CAMPO[c.campo]}: {c.antes} → <span className="font-medium text-slate-900">{c.despues}</span>
        </li>
      ))}
    </ul>
  );
}

/** What confirming the file would do, row by row, and every error with its line. */
export function VistaPrevia({ vista }: { vista: Vista }) {
  const nuevos = vista.filas.filter((f) => f.accion === "CREAR");
  const cambiados = vista.filas.filter((f) => f.accion === "ACTUALIZAR");
  return (
    <div className="space-y-4" data-testid="vista-previa">
      <div className="flex flex-wrap items-center gap-2 text-sm" role="status">
        <span className="font-medium text-slate-900">
          «{vista.archivo}»: {filas(vista.filasLeidas)} de datos.
        </span>
        <Badge tono="verde">
          {vista.conteo.CREAR} {vista.conteo.CREAR === 1 ? "se creará" : "se crearán"}
        </Badge>
        <Badge tono="azul">
          {vista.conteo.ACTUALIZAR} {vista.conteo.ACTUALIZAR === 1 ? "se actualizará" : "se actualizarán"}
        </Badge>
        <Badge tono="gris">{vista.conteo.SIN_CAMBIOS} sin cambios</Badge>
        {vista.errores.length > 0 ? <Badge tono="rojo">{vista.errores.length} con errores</Badge> : null}
      </div>
      {vista.columnasIgnoradas.length > 0 ? (
        <p className="text-sm text-slate-700">
          Se ignoran las columnas que la importación no usa: {vista.columnasIgnoradas.join(", ")}.
        </p>
      ) : null}
      <Errores errores={vista.errores} />
      <Grupo
        id="nuevos-importacion"
        titulo="Se crearán"
        filas={nuevos}
        detalle={(f) => <DatosNuevos fila={f} />}
      />
      <Grupo
        id="actualizados-importacion"
        titulo="Se actualizarán"
        filas={cambiados}
        detalle={(f) => <CambiosDeFila fila={f} />}
      />
    </div>
  );
}
