"use client";

import { useRef, useState, type FormEvent, type ReactNode } from "react";
import {
  ACEPTA_IMPORTACION,
  archivoDeImportacionSchema,
  AYUDA_ARCHIVO_IMPORTACION,
  type ErrorDeFila,
} from "@/lib/importacion";
import type { ResultadoAccion } from "@/server/operacion";
import { Aviso } from "./aviso";
import { Insignia } from "./insignia";
import { BOTON_NEUTRO, BOTON_PRINCIPAL } from "./botones";
import { CampoArchivo } from "./campo-archivo";
import { llamarAccion } from "./formulario";

const SIN_CONEXION = "No se pudo enviar el archivo. Revise su conexión e intente de nuevo.";

function conArchivo(archivo: File, huella?: string): FormData {
  const datos = new FormData();
  datos.set("archivo", archivo);
  if (huella) datos.set("huella", huella);
  return datos;
}

const MOSTRAR_HASTA = 200;

export function contarFilas(n: number): string {
  return n === 1 ? "1 fila" : `${n.toLocaleString("es-CO")} filas`;
}

/** Said under a list cut at `MOSTRAR_HASTA` items. */
export function Recorte({ total }: { total: number }) {
  if (total <= MOSTRAR_HASTA) return null;
  return (
    <p className="mt-2 text-sm text-slate-700">
      Se muestran las primeras {MOSTRAR_HASTA} de {total.toLocaleString("es-CO")}.
    </p>
  );
}

/** The first rows of a long list: a preview shows at most `MOSTRAR_HASTA` of each kind. */
export function primeras<T>(filas: readonly T[]): readonly T[] {
  return filas.slice(0, MOSTRAR_HASTA);
}

/**
 * The first line of every preview: the file, how many data rows it has, what confirming would do
 * (`children`, as badges) and how many rows have errors.
 */
export function ResumenDeArchivo(props: {
  archivo: string;
  filas: number;
  errores: number;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" role="status">
      <span className="font-medium text-slate-900">
        «{props.archivo}»: {contarFilas(props.filas)} de datos.
      </span>
      {props.children}
      {props.errores > 0 ? <Insignia tono="rojo">{props.errores} con errores</Insignia> : null}
    </div>
  );
}

/** Every row with errors, by its line in the file (the Excel row), as every import shows them. */
export function ErroresDeImportacion({ errores }: { errores: readonly ErrorDeFila[] }) {
  if (errores.length === 0) return null;
  return (
    <section
      role="alert"
      aria-labelledby="errores-importacion"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
    >
      <h3 id="errores-importacion" className="font-semibold">
        {contarFilas(errores.length)} con errores: no se importará nada hasta corregirlas
      </h3>
      <p className="mt-1 text-sm">
        Corrija el archivo y revíselo de nuevo. Las líneas son las del archivo contando el encabezado (en
        Excel, el número de la fila).
      </p>
      <ul className="mt-2 space-y-1 text-sm" data-testid="errores-importacion">
        {primeras(errores).map((e) => (
          <li key={e.linea}>
            <span className="font-semibold">Línea {e.linea}:</span> {e.mensajes.join(" ")}
          </li>
        ))}
      </ul>
      <Recorte total={errores.length} />
    </section>
  );
}

export interface PropsImportacion<V extends { huella: string; errores: ErrorDeFila[] }, R> {
  id: string;
  etiqueta: string;
  /** What to say when no file was chosen. */
  falta: string;
  previsualizar: (datos: FormData) => Promise<ResultadoAccion<V>>;
  confirmar: (datos: FormData) => Promise<ResultadoAccion<R>>;
  /** How many rows confirming would write. */
  porAplicar: (vista: V) => number;
  textoConfirmar: (vista: V) => string;
  /** Said when the file is valid and every row is already stored as it says. */
  nadaQueImportar: string;
  vistaPrevia: (vista: V) => ReactNode;
  resultado: (resultado: R) => ReactNode;
  /** After a successful import (refresh what the page shows, say). */
  alImportar?: () => void;
}

/**
 * Every import of the application, one way: choose a file (Excel or CSV) → the server reads it and
 * says, row by row, what confirming would do and what is wrong → confirm sends the same file with the
 * preview's fingerprint, and the server checks everything again and applies every row or none.
 */
export function Importacion<V extends { huella: string; errores: ErrorDeFila[] }, R>(
  props: PropsImportacion<V, R>,
) {
  const entrada = useRef<HTMLInputElement>(null);
  const [archivo, setArchivo] = useState<File | null>(null);
  const [vista, setVista] = useState<V | null>(null);
  const [resultado, setResultado] = useState<R | null>(null);
  const [errorArchivo, setErrorArchivo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ocupado, setOcupado] = useState<"revisando" | "importando" | null>(null);

  async function revisar(elegido: File): Promise<void> {
    setOcupado("revisando");
    const respuesta = await llamarAccion(() => props.previsualizar(conArchivo(elegido)), SIN_CONEXION);
    setOcupado(null);
    if (!respuesta.ok) {
      setVista(null);
      setErrorArchivo(respuesta.fieldErrors?.archivo?.[0] ?? respuesta.message);
      entrada.current?.focus();
      return;
    }
    setArchivo(elegido);
    setVista(respuesta.data);
  }

  async function alRevisar(evento: FormEvent<HTMLFormElement>) {
    evento.preventDefault();
    setError(null);
    setErrorArchivo(null);
    setResultado(null);
    const elegido = entrada.current?.files?.[0];
    const validado = archivoDeImportacionSchema(props.falta).safeParse(elegido);
    if (!validado.success || !elegido) {
      setVista(null);
      setErrorArchivo(validado.error?.issues[0]?.message ?? props.falta);
      entrada.current?.focus();
      return;
    }
    await revisar(elegido);
  }

  async function confirmar() {
    if (!archivo || !vista) return;
    setError(null);
    setOcupado("importando");
    const respuesta = await llamarAccion(
      () => props.confirmar(conArchivo(archivo, vista.huella)),
      SIN_CONEXION,
    );
    setOcupado(null);
    if (!respuesta.ok) {
      setError(respuesta.message);
      // The data may have changed since the preview: show what confirming would do now.
      await revisar(archivo);
      return;
    }
    setVista(null);
    setArchivo(null);
    if (entrada.current) entrada.current.value = "";
    setResultado(respuesta.data);
    props.alImportar?.();
  }

  const sinErrores = vista !== null && vista.errores.length === 0;
  const porAplicar = vista ? props.porAplicar(vista) : 0;
  return (
    <div className="space-y-5">
      <form
        noValidate
        onSubmit={alRevisar}
        aria-label={`Elegir el ${props.etiqueta.toLowerCase()}`}
        className="space-y-3"
      >
        <CampoArchivo
          id={props.id}
          etiqueta={props.etiqueta}
          accept={ACEPTA_IMPORTACION}
          ayuda={AYUDA_ARCHIVO_IMPORTACION}
          error={errorArchivo}
          ref={entrada}
          alCambiar={() => {
            setErrorArchivo(null);
            setVista(null);
            setError(null);
          }}
        />
        <button type="submit" disabled={ocupado !== null} className={BOTON_NEUTRO}>
          {ocupado === "revisando" ? "Revisando…" : "Revisar el archivo"}
        </button>
      </form>

      {error ? <Aviso tipo="error">{error}</Aviso> : null}

      {vista ? (
        <section aria-label="Vista previa de la importación" className="space-y-4">
          {props.vistaPrevia(vista)}
          {sinErrores && porAplicar > 0 ? (
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="button"
                onClick={confirmar}
                disabled={ocupado !== null}
                className={BOTON_PRINCIPAL}
              >
                {ocupado === "importando" ? "Importando…" : props.textoConfirmar(vista)}
              </button>
              <p className="text-sm text-slate-700">Se aplican todas las filas juntas, o ninguna.</p>
            </div>
          ) : null}
          {sinErrores && porAplicar === 0 ? (
            <p className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700">
              {props.nadaQueImportar}
            </p>
          ) : null}
          {!sinErrores ? (
            <p className="text-sm text-slate-700">
              No se importará nada mientras el archivo tenga errores. Corríjalos y vuelva a revisarlo.
            </p>
          ) : null}
        </section>
      ) : null}

      {resultado !== null ? props.resultado(resultado) : null}
    </div>
  );
}
