"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { Aviso } from "@/components/ui/aviso";
import { CampoArchivo } from "@/components/ui/campo-archivo";
import { llamarAccion } from "@/components/ui/formulario";
import { importarCentros, previsualizarImportacion } from "../actions";
import type { VistaPrevia as Vista } from "../operaciones-importacion";
import { previsualizarImportacionSchema } from "../schemas";
import { VistaPrevia } from "./vista-previa";

const ID = "archivo-centros";
const SIN_CONEXION = "No se pudo enviar el archivo. Revise su conexión e intente de nuevo.";

function conArchivo(archivo: File, huella?: string): FormData {
  const datos = new FormData();
  datos.set("archivo", archivo);
  if (huella) datos.set("huella", huella);
  return datos;
}

function resumen(conteo: Vista["conteo"]): string {
  return `Importación terminada: ${conteo.CREAR} centros creados, ${conteo.ACTUALIZAR} actualizados y ${conteo.SIN_CAMBIOS} sin cambios.`;
}

/**
 * Upload → preview → confirm. The preview is computed on the server from the file as it is; the
 * confirmation sends the same file again with the preview's fingerprint, and the server checks it all
 * again and applies every row or none.
 */
export function ImportarCentros() {
  const entrada = useRef<HTMLInputElement>(null);
  const [archivo, setArchivo] = useState<File | null>(null);
  const [vista, setVista] = useState<Vista | null>(null);
  const [errorArchivo, setErrorArchivo] = useState<string | null>(null);
  const [aviso, setAviso] = useState<{ tipo: "error" | "exito"; texto: string } | null>(null);
  const [ocupado, setOcupado] = useState<"revisando" | "importando" | null>(null);

  async function revisar(elegido: File): Promise<void> {
    setOcupado("revisando");
    const resultado = await llamarAccion(() => previsualizarImportacion(conArchivo(elegido)), SIN_CONEXION);
    setOcupado(null);
    if (!resultado.ok) {
      setVista(null);
      setErrorArchivo(resultado.fieldErrors?.archivo?.[0] ?? resultado.message);
      entrada.current?.focus();
      return;
    }
    setVista(resultado.data);
  }

  async function alRevisar(evento: FormEvent<HTMLFormElement>) {
    evento.preventDefault();
    setAviso(null);
    setErrorArchivo(null);
    const elegido = entrada.current?.files?.[0] ?? null;
    const validado = previsualizarImportacionSchema.shape.archivo.safeParse(elegido);
    if (!validado.success || !elegido) {
      setVista(null);
      setErrorArchivo(validado.error?.issues[0]?.message ?? "Seleccione el archivo CSV con los centros.");
      entrada.current?.focus();
      return;
    }
    setArchivo(elegido);
    await revisar(elegido);
  }

  async function confirmar() {
    if (!archivo || !vista) return;
    setAviso(null);
    setOcupado("importando");
    const resultado = await llamarAccion(
      () => importarCentros(conArchivo(archivo, vista.huella)),
      SIN_CONEXION,
    );
    setOcupado(null);
    if (!resultado.ok) {
      setAviso({ tipo: "error", texto: resultado.message });
      await revisar(archivo);
      return;
    }
    setVista(null);
    setArchivo(null);
    if (entrada.current) entrada.current.value = "";
    setAviso({ tipo: "exito", texto: resumen(resultado.data) });
  }

  const cambios = vista ? vista.conteo.CREAR + vista.conteo.ACTUALIZAR : 0;
  return (
    <div className="space-y-5">
      <form noValidate onSubmit={alRevisar} aria-label="Archivo de centros" className="space-y-3">
        <CampoArchivo
          id={ID}
          etiqueta="Archivo CSV de centros"
          accept=".csv,text/csv"
          ayuda="CSV en UTF-8, separado por punto y coma o por comas; hasta 1 MB y 5.000 filas."
          error={errorArchivo}
          ref={entrada}
          alCambiar={() => {
            setErrorArchivo(null);
            setVista(null);
          }}
        />
        <button
          type="submit"
          disabled={ocupado !== null}
          className="rounded-md border border-sena-700 bg-white px-4 py-2 font-semibold text-sena-800 hover:bg-sena-50 disabled:opacity-60"
        >
          {ocupado === "revisando" ? "Revisando…" : "Revisar archivo"}
        </button>
      </form>
      {aviso ? (
        <Aviso tipo={aviso.tipo}>
          {aviso.texto}
          {aviso.tipo === "exito" ? (
            <>
              {" "}
              <Link href="/admin/centros" className="font-medium underline">
                Ver los centros
              </Link>
            </>
          ) : null}
        </Aviso>
      ) : null}
      {vista ? (
        <section aria-label="Vista previa de la importación" className="space-y-4">
          <VistaPrevia vista={vista} />
          {vista.errores.length === 0 && cambios === 0 ? (
            <p className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700">
              Nada que importar: todos los centros del archivo ya están registrados así.
            </p>
          ) : null}
          {vista.errores.length === 0 && cambios > 0 ? (
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="button"
                onClick={confirmar}
                disabled={ocupado !== null}
                className="rounded-md bg-sena-700 px-4 py-2.5 font-semibold text-white hover:bg-sena-800 disabled:opacity-60"
              >
                {ocupado === "importando"
                  ? "Importando…"
                  : `Confirmar: crear ${vista.conteo.CREAR} y actualizar ${vista.conteo.ACTUALIZAR}`}
              </button>
              <p className="text-sm text-slate-700">Se aplican todas las filas juntas, o ninguna.</p>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
