"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import type { ResultadoAccion } from "@/server/action";
import { subirEvidencia } from "../actions";
import type { EvidenciaSubida } from "../operaciones";
import { problemaDelArchivo } from "../revisar-archivo";

const ID = "evidencia-archivo";
const SIN_CONEXION = "No se pudo enviar el archivo. Revise su conexión e intente de nuevo.";

async function enviar(reporteId: number, archivo: File): Promise<ResultadoAccion<EvidenciaSubida>> {
  const datos = new FormData();
  datos.set("reporteId", String(reporteId));
  datos.set("archivo", archivo);
  try {
    return await subirEvidencia(datos);
  } catch {
    return { ok: false, message: SIN_CONEXION };
  }
}

/**
 * Upload form of its own, apart from the report form: a failed upload never touches what the user
 * typed there, and a successful one refreshes the list without reloading the page.
 */
export function SubirEvidencia(props: { reporteId: number; limiteMb: number; esActa: boolean }) {
  const router = useRouter();
  const entrada = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [aviso, setAviso] = useState<string | null>(null);
  const [subiendo, setSubiendo] = useState(false);

  async function alEnviar(evento: FormEvent<HTMLFormElement>) {
    evento.preventDefault();
    setError(null);
    setAviso(null);
    const archivo = entrada.current?.files?.[0];
    const problema = await problemaDelArchivo(props.reporteId, archivo, props.limiteMb);
    if (problema || !archivo) {
      setError(problema);
      entrada.current?.focus();
      return;
    }
    setSubiendo(true);
    const resultado = await enviar(props.reporteId, archivo);
    setSubiendo(false);
    if (!resultado.ok) {
      setError(resultado.fieldErrors?.archivo?.[0] ?? resultado.message);
      return;
    }
    if (entrada.current) entrada.current.value = "";
    setAviso(`Se adjuntó «${resultado.data.nombreArchivo}».`);
    router.refresh();
  }

  return (
    <form
      noValidate
      onSubmit={alEnviar}
      aria-label={props.esActa ? "Adjuntar el acta" : "Adjuntar un soporte"}
      className="space-y-3"
    >
      <div>
        <label htmlFor={ID} className="block text-sm font-medium text-slate-800">
          {props.esActa ? "Acta en PDF" : "Soporte en PDF"}
        </label>
        <input
          ref={entrada}
          id={ID}
          name="archivo"
          type="file"
          accept="application/pdf,.pdf"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ID}-ayuda ${ID}-error` : `${ID}-ayuda`}
          onChange={() => setError(null)}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 file:mr-3 file:rounded file:border-0 file:bg-sena-50 file:px-3 file:py-1 file:font-semibold file:text-sena-800 aria-invalid:border-red-600"
        />
        <p id={`${ID}-ayuda`} className="mt-1 text-xs text-slate-600">
          Solo archivos PDF, de hasta {props.limiteMb.toLocaleString("es-CO")} MB.
        </p>
        {error ? (
          <p id={`${ID}-error`} role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      {aviso ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {aviso}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={subiendo}
        className="w-full rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800 disabled:opacity-60 sm:w-auto"
      >
        {subiendo ? "Adjuntando…" : "Adjuntar archivo"}
      </button>
    </form>
  );
}
