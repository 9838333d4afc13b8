"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_NEUTRO, BOTON_PRINCIPAL } from "@/components/ui/botones";
import { CampoArchivo } from "@/components/ui/campo-archivo";
import { llamarAccion } from "@/components/ui/formulario";
import { importarArchivoDelPlan, previsualizarArchivoDelPlan } from "../actions";
import type { VistaDelPlan } from "../operaciones/archivo";

const SIN_CONEXION = "No se pudo enviar el archivo. Revise su conexión e intente de nuevo.";

function conArchivo(archivo: File, huella?: string): FormData {
  const datos = new FormData();
  datos.set("archivo", archivo);
  if (huella) datos.set("huella", huella);
  return datos;
}

function Problemas({ vista }: { vista: VistaDelPlan }) {
  const n = vista.problemas.length;
  return (
    <section
      role="alert"
      aria-labelledby="problemas-plan"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
    >
      <h3 id="problemas-plan" className="font-semibold">
        {n === 1 ? "El archivo tiene un problema" : `El archivo tiene ${n} problemas`}: no se aplicará nada
        hasta corregirlo
      </h3>
      <p className="mt-1 text-sm">
        Cada problema dice dónde está en el archivo (temas[0].lineamientos[1]… cuenta desde 0).
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {vista.problemas.map((p, i) => (
          <li key={i}>
            <code className="font-semibold break-all">{p.ruta}</code>: {p.mensaje}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Cambios({ vista }: { vista: VistaDelPlan }) {
  if (vista.cambios.length === 0) {
    return (
      <p role="status" className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700">
        El archivo tiene exactamente el plan {vista.anio} guardado: no hay nada que aplicar.
      </p>
    );
  }
  return (
    <section aria-labelledby="cambios-plan" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="cambios-plan" className="font-semibold text-slate-900">
        Al aplicarlo, el plan {vista.anio} cambiaría así
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
        {vista.cambios.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The plan of a vigencia from a file (as `npm run plan:importar`): choose it → the server says
 * what it would change, or every problem with its place in the file → apply, all or nothing.
 */
export function ImportarPlan() {
  const entrada = useRef<HTMLInputElement>(null);
  const [archivo, setArchivo] = useState<File | null>(null);
  const [vista, setVista] = useState<VistaDelPlan | null>(null);
  const [aplicado, setAplicado] = useState<{ anio: number; cambios: number } | null>(null);
  const [errorArchivo, setErrorArchivo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ocupado, setOcupado] = useState<"revisando" | "aplicando" | null>(null);

  async function revisar(elegido: File) {
    setOcupado("revisando");
    const respuesta = await llamarAccion(
      () => previsualizarArchivoDelPlan(conArchivo(elegido)),
      SIN_CONEXION,
    );
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
    setAplicado(null);
    const elegido = entrada.current?.files?.[0];
    if (!elegido) {
      setErrorArchivo("Elija el archivo del plan (.json) que quiere revisar.");
      entrada.current?.focus();
      return;
    }
    await revisar(elegido);
  }

  async function aplicar() {
    if (!archivo || !vista) return;
    setError(null);
    setOcupado("aplicando");
    const respuesta = await llamarAccion(
      () => importarArchivoDelPlan(conArchivo(archivo, vista.huella)),
      SIN_CONEXION,
    );
    setOcupado(null);
    if (!respuesta.ok) {
      setError(respuesta.message);
      await revisar(archivo);
      return;
    }
    setVista(null);
    setArchivo(null);
    if (entrada.current) entrada.current.value = "";
    setAplicado({ anio: respuesta.data.anio, cambios: respuesta.data.cambios.length });
  }

  return (
    <div className="space-y-4">
      <form noValidate onSubmit={alRevisar} aria-label="Elegir el archivo del plan" className="space-y-3">
        <CampoArchivo
          id="archivo-plan"
          etiqueta="Archivo del plan (.json)"
          accept=".json,application/json"
          ayuda="El que escribe «Descargar el archivo del plan» o npm run plan:exportar, hasta 2 MB. Crea la vigencia si no existe."
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
        <section aria-label="Vista previa del plan" className="space-y-3">
          {vista.problemas.length > 0 ? <Problemas vista={vista} /> : <Cambios vista={vista} />}
          {vista.problemas.length === 0 && vista.cambios.length > 0 ? (
            <div className="flex flex-wrap items-center gap-3">
              <button type="button" onClick={aplicar} disabled={ocupado !== null} className={BOTON_PRINCIPAL}>
                {ocupado === "aplicando" ? "Aplicando…" : `Aplicar el plan ${vista.anio}`}
              </button>
              <p className="text-sm text-slate-700">Se aplican todos los cambios juntos, o ninguno.</p>
            </div>
          ) : null}
        </section>
      ) : null}
      {aplicado ? (
        <Aviso tipo="exito">
          Plan {aplicado.anio} aplicado ({aplicado.cambios === 1 ? "1 cambio" : `${aplicado.cambios} cambios`}
          ).{" "}
          <Link href={`/admin/plan/${aplicado.anio}`} className="underline">
            Editar el plan {aplicado.anio}
          </Link>
        </Aviso>
      ) : null}
    </div>
  );
}
