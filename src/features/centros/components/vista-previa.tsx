import type { ReactNode } from "react";
import { Insignia } from "@/components/ui/insignia";
import { ErroresDeImportacion, primeras, Recorte, ResumenDeArchivo } from "@/components/ui/importacion";
import type { Cambio, FilaDelPlan } from "../importacion";
import type { VistaPrevia as Vista } from "../operaciones-importacion";

const CAMPO: Record<Cambio["campo"], string> = {
  codigo: "Código",
  nombre: "Nombre",
  regional: "Regional",
  generaAprovechamiento: "Genera aprovechamiento",
  requiereRecursos: "Requiere recursos",
  activo: "Activo",
};

const siNo = (valor: boolean) => (valor ? "Sí" : "No");

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
        {primeras(filas).map((f) => (
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
      Regional {f.regional} · Genera aprovechamiento: {siNo(f.generaAprovechamiento)} · Requiere recursos:{" "}
      {siNo(f.requiereRecursos)} · Activo: {siNo(f.activo)}
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
      <ResumenDeArchivo archivo={vista.archivo} filas={vista.filasLeidas} errores={vista.errores.length}>
        <Insignia tono="verde">
          {vista.conteo.CREAR} {vista.conteo.CREAR === 1 ? "se creará" : "se crearán"}
        </Insignia>
        <Insignia tono="azul">
          {vista.conteo.ACTUALIZAR} {vista.conteo.ACTUALIZAR === 1 ? "se actualizará" : "se actualizarán"}
        </Insignia>
        <Insignia tono="gris">{vista.conteo.SIN_CAMBIOS} sin cambios</Insignia>
      </ResumenDeArchivo>
      {vista.columnasIgnoradas.length > 0 ? (
        <p className="text-sm text-slate-700">
          Se ignoran las columnas que la importación no usa: {vista.columnasIgnoradas.join(", ")}.
        </p>
      ) : null}
      <ErroresDeImportacion errores={vista.errores} />
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
