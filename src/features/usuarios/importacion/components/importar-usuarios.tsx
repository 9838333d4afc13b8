"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Aviso } from "@/components/ui/aviso";
import { CampoArchivo } from "@/components/ui/campo-archivo";
import { llamarAccion } from "@/components/ui/formulario";
import { BOTON_NEUTRO, BOTON_PRINCIPAL } from "@/components/ui/botones";
import { confirmarImportacion, previsualizarImportacion } from "../../actions";
import { LIMITE_BYTES_CSV } from "../../schemas";
import type { ResultadoImportacion as Resultado, VistaPrevia as Vista } from "../operaciones";
import { ResultadoImportacion } from "./resultado-importacion";
import { VistaPrevia } from "./vista-previa";

const ID = "archivo-usuarios";
const SIN_CONEXION = "No se pudo enviar el archivo. Revise su conexión e intente de nuevo.";
const NO_UTF8 =
  "El archivo no está en UTF-8. En Excel use «Guardar como» → «CSV UTF-8 (delimitado por comas)» y vuelva a cargarlo.";

/** The file as text, or the reason it cannot be read; checked here before anything is sent. */
async function leerArchivo(archivo: File | undefined): Promise<{ texto: string } | { error: string }> {
  if (!archivo) return { error: "Elija el archivo CSV." };
  if (archivo.size > LIMITE_BYTES_CSV) {
    return { error: "El archivo supera 1 MB. Divídalo en varios archivos más pequeños." };
  }
  try {
    return { texto: new TextDecoder("utf-8", { fatal: true }).decode(await archivo.arrayBuffer()) };
  } catch {
    return { error: NO_UTF8 };
  }
}

/**
 * Upload → preview → confirm. The file's text stays in the browser between the steps and is sent
 * again on confirm, with the preview's fingerprint, so the server applies exactly what was shown.
 */
export function ImportarUsuarios() {
  const router = useRouter();
  const entrada = useRef<HTMLInputElement>(null);
  const [contenido, setContenido] = useState<string | null>(null);
  const [vista, setVista] = useState<Vista | null>(null);
  const [resultado, setResultado] = useState<Resultado | null>(null);
  const [errorArchivo, setErrorArchivo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ocupado, setOcupado] = useState(false);

  async function revisar(texto: string) {
    const respuesta = await llamarAccion(() => previsualizarImportacion({ contenido: texto }), SIN_CONEXION);
    if (!respuesta.ok) {
      setVista(null);
      setErrorArchivo(respuesta.fieldErrors?.contenido?.[0] ?? respuesta.message);
      entrada.current?.focus();
      return;
    }
    setContenido(texto);
    setVista(respuesta.data);
  }

  async function alEnviar(evento: FormEvent<HTMLFormElement>) {
    evento.preventDefault();
    setErrorArchivo(null);
    setError(null);
    setResultado(null);
    const lectura = await leerArchivo(entrada.current?.files?.[0]);
    if ("error" in lectura) {
      setVista(null);
      setErrorArchivo(lectura.error);
      entrada.current?.focus();
      return;
    }
    setOcupado(true);
    await revisar(lectura.texto);
    setOcupado(false);
  }

  async function confirmar() {
    if (!contenido || !vista) return;
    setOcupado(true);
    setError(null);
    const respuesta = await llamarAccion(
      () => confirmarImportacion({ contenido, huella: vista.huella }),
      SIN_CONEXION,
    );
    if (respuesta.ok) {
      setResultado(respuesta.data);
      setVista(null);
      setContenido(null);
      if (entrada.current) entrada.current.value = "";
      router.refresh();
    } else {
      setError(respuesta.message);
      // The data may have changed since the preview: show what confirming would do now.
      await revisar(contenido);
    }
    setOcupado(false);
  }

  const sinErrores = vista !== null && vista.errores.length === 0;
  const porAplicar = vista ? vista.resumen.crear + vista.resumen.actualizar : 0;
  return (
    <div className="space-y-6">
      <form noValidate onSubmit={alEnviar} aria-label="Cargar el archivo de usuarios" className="space-y-3">
        <CampoArchivo
          id={ID}
          etiqueta="Archivo CSV de usuarios"
          accept=".csv,text/csv"
          ayuda="UTF-8, separado por «;» o «,», de hasta 1 MB y 5.000 filas."
          error={errorArchivo}
          ref={entrada}
          alCambiar={() => {
            setErrorArchivo(null);
            setVista(null);
            setError(null);
          }}
        />
        <button type="submit" disabled={ocupado} className={BOTON_NEUTRO}>
          {ocupado && !vista ? "Revisando…" : "Revisar el archivo"}
        </button>
      </form>

      {error ? <Aviso tipo="error">{error}</Aviso> : null}

      {vista ? (
        <section aria-labelledby="titulo-vista-previa" className="space-y-4">
          <h2 id="titulo-vista-previa" className="text-lg font-semibold text-slate-900">
            Vista previa
          </h2>
          <VistaPrevia vista={vista} />
          {sinErrores && porAplicar > 0 ? (
            <div className="flex flex-wrap items-center gap-3">
              <button type="button" onClick={confirmar} disabled={ocupado} className={BOTON_PRINCIPAL}>
                {ocupado
                  ? "Importando…"
                  : `Confirmar e importar ${porAplicar.toLocaleString("es-CO")} cuentas`}
              </button>
              <p className="text-sm text-slate-600">Se aplican todas las filas o ninguna.</p>
            </div>
          ) : null}
          {sinErrores && porAplicar === 0 ? (
            <p className="text-sm text-slate-700">
              Todas las cuentas del archivo ya están así: no hay nada que importar.
            </p>
          ) : null}
          {!sinErrores ? (
            <p className="text-sm text-slate-700">
              No se importará nada mientras el archivo tenga errores. Corríjalos y vuelva a revisarlo.
            </p>
          ) : null}
        </section>
      ) : null}

      {resultado ? (
        <section aria-labelledby="titulo-resultado" className="space-y-4">
          <h2 id="titulo-resultado" className="text-lg font-semibold text-slate-900">
            Resultado
          </h2>
          <ResultadoImportacion resultado={resultado} />
        </section>
      ) : null}
    </div>
  );
}
