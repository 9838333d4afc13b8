"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Aviso } from "@/components/ui/aviso";
import { useAccion } from "@/components/ui/use-accion";
import { editarCentroEnVigencia } from "../actions";
import type { VigenciaDelCentro } from "../queries";

type Marcas = NonNullable<VigenciaDelCentro["marcas"]>;

const MARCAS: { clave: keyof Marcas; etiqueta: string }[] = [
  { clave: "activo", etiqueta: "Activo" },
  { clave: "generaAprovechamiento", etiqueta: "Genera aprovechamiento" },
  { clave: "requiereRecursos", etiqueta: "Requiere recursos de formación - producción" },
];

const SIN_FILA: Marcas = { activo: false, generaAprovechamiento: false, requiereRecursos: false };

function FilaDeVigencia({ centroId, vigencia }: { centroId: number; vigencia: VigenciaDelCentro }) {
  const router = useRouter();
  const [version, setVersion] = useState(vigencia.version);
  const [guardadas, setGuardadas] = useState<Marcas | null>(vigencia.marcas);
  const [marcas, setMarcas] = useState<Marcas>(vigencia.marcas ?? SIN_FILA);
  const { aviso, pendiente, ejecutar } = useAccion();
  const cambio = guardadas === null || MARCAS.some(({ clave }) => guardadas[clave] !== marcas[clave]);
  const id = (clave: string) => `vigencia-${vigencia.anio}-${clave}`;

  async function guardar(evento: React.FormEvent) {
    evento.preventDefault();
    const resultado = await ejecutar(
      () => editarCentroEnVigencia({ centroId, vigenciaId: vigencia.id, version, ...marcas }),
      { exito: `Vigencia ${vigencia.anio} guardada.` },
    );
    if (!resultado.ok) return;
    setVersion(resultado.data.version);
    setGuardadas(marcas);
    router.refresh();
  }

  return (
    <li>
      <form onSubmit={guardar} aria-label={`Vigencia ${vigencia.anio}`} className="space-y-2 py-3">
        <fieldset>
          <legend className="font-semibold text-slate-900">
            {vigencia.anio}
            {guardadas === null ? (
              <span className="ml-2 text-sm font-normal text-slate-600">
                (el centro no existía en esta vigencia)
              </span>
            ) : null}
          </legend>
          <div className="mt-1 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-4">
            {MARCAS.map(({ clave, etiqueta }) => (
              <label key={clave} htmlFor={id(clave)} className="flex items-center gap-2 text-sm">
                <input
                  id={id(clave)}
                  type="checkbox"
                  checked={marcas[clave]}
                  onChange={(e) => setMarcas({ ...marcas, [clave]: e.target.checked })}
                  className="size-4 accent-sena-700"
                />
                {etiqueta}
              </label>
            ))}
          </div>
        </fieldset>
        {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
        <button
          type="submit"
          disabled={pendiente || !cambio}
          className="rounded-md border border-sena-700 px-3 py-1.5 text-sm font-semibold text-sena-800 hover:bg-sena-50 disabled:opacity-50"
        >
          {pendiente ? "Guardando…" : `Guardar ${vigencia.anio}`}
        </button>
      </form>
    </li>
  );
}

/**
 * The centro's marks in each vigencia (decisión 0020): what that vigencia's obligations and
 * dashboards count. Changing one vigencia touches no other.
 */
export function MarcasPorVigencia(props: { centroId: number; vigencias: VigenciaDelCentro[] }) {
  if (props.vigencias.length === 0) return <p className="text-sm text-slate-600">Aún no hay vigencias.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {props.vigencias.map((v) => (
        <FilaDeVigencia key={v.id} centroId={props.centroId} vigencia={v} />
      ))}
    </ul>
  );
}
