"use client";

import { useState } from "react";
import type { TablaEnPantalla } from "../pantalla";
import { TablaHtml } from "./tabla-html";

type Estado =
  | { tipo: "sin-abrir" }
  | { tipo: "cargando" }
  | { tipo: "lista"; tabla: TablaEnPantalla }
  | { tipo: "error"; mensaje: string };

const entero = new Intl.NumberFormat("es-CO");

/**
 * A long table (every centro of the country) that the page does not carry: its rows load the first
 * time it is opened, from the same figures as its downloads.
 */
export function TablaDiferida(props: { url: string; filas: number; titulo: string }) {
  const [estado, setEstado] = useState<Estado>({ tipo: "sin-abrir" });

  async function cargar() {
    setEstado({ tipo: "cargando" });
    try {
      const respuesta = await fetch(props.url, { headers: { Accept: "application/json" } });
      if (!respuesta.ok) {
        throw new Error(
          respuesta.status === 503
            ? "el servicio no está disponible por un momento"
            : `el servidor respondió ${respuesta.status}`,
        );
      }
      setEstado({ tipo: "lista", tabla: (await respuesta.json()) as TablaEnPantalla });
    } catch (error) {
      const sinConexion = typeof navigator !== "undefined" && !navigator.onLine;
      setEstado({
        tipo: "error",
        mensaje: sinConexion
          ? "No hay conexión a internet."
          : `No se pudo cargar la tabla (${error instanceof Error ? error.message : "error desconocido"}).`,
      });
    }
  }

  return (
    <details
      className="group"
      onToggle={(evento) => {
        if (evento.currentTarget.open && estado.tipo === "sin-abrir") void cargar();
      }}
    >
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm font-medium text-sena-800 hover:bg-slate-100">
        <span className="group-open:hidden">Mostrar la tabla ({entero.format(props.filas)} filas)</span>
        <span className="hidden group-open:inline">
          Ocultar la tabla ({entero.format(props.filas)} filas)
        </span>
      </summary>
      <div className="mt-2" aria-busy={estado.tipo === "cargando"}>
        {estado.tipo === "cargando" ? (
          <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700" role="status">
            Cargando la tabla…
          </p>
        ) : null}
        {estado.tipo === "error" ? (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            {estado.mensaje}{" "}
            <button type="button" onClick={() => void cargar()} className="font-medium underline">
              Intentar de nuevo
            </button>
          </div>
        ) : null}
        {estado.tipo === "lista" ? (
          <>
            <TablaHtml tabla={estado.tabla} />
            {estado.tabla.total > estado.tabla.filas.length ? (
              <p className="mt-2 text-sm text-slate-700">
                Se muestran las primeras {entero.format(estado.tabla.filas.length)} de{" "}
                {entero.format(estado.tabla.total)} filas; las descargas las traen todas.
              </p>
            ) : null}
          </>
        ) : null}
      </div>
    </details>
  );
}
