import Link from "next/link";
import { BOTON_NEUTRO, BOTON_PRINCIPAL } from "@/components/ui/botones";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { ACCIONES_POR_GRUPO, NOMBRE_ACCION, NOMBRE_GRUPO, type GrupoAccion } from "../etiquetas";
import { urlConFiltros } from "@/lib/url";
import type { FiltrosAuditoria } from "../schemas";

const RUTA = "/admin/auditoria";

/** The GET form of the audit log's filters: verb, account, address and Bogotá dates. */
export function FormularioFiltrosAuditoria({ filtros }: { filtros: FiltrosAuditoria }) {
  const hayFiltros = Boolean(filtros.accion || filtros.q || filtros.ip || filtros.desde || filtros.hasta);
  return (
    <form method="get" action={RUTA} role="search" aria-label="Filtrar la auditoría">
      {filtros.grupo && !filtros.accion ? <input type="hidden" name="grupo" value={filtros.grupo} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <div className="lg:col-span-2">
          <Campo id="accion" etiqueta="Evento">
            {(a) => (
              <select {...a} name="accion" defaultValue={filtros.accion ?? ""} className={CLASE_ENTRADA}>
                <option value="">Todos los eventos</option>
                {(Object.keys(ACCIONES_POR_GRUPO) as GrupoAccion[]).map((grupo) => (
                  <optgroup key={grupo} label={NOMBRE_GRUPO[grupo]}>
                    {ACCIONES_POR_GRUPO[grupo].map((accion) => (
                      <option key={accion} value={accion}>
                        {NOMBRE_ACCION[accion]}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Campo>
        </div>
        <div className="lg:col-span-2">
          <Campo
            id="q"
            etiqueta="Cuenta"
            ayuda="Correo o nombre; también el correo escrito al fallar un ingreso."
          >
            {(a) => <input {...a} name="q" defaultValue={filtros.q ?? ""} className={CLASE_ENTRADA} />}
          </Campo>
        </div>
        <div className="lg:col-span-2">
          <Campo id="ip" etiqueta="Dirección IP" ayuda="Exacta, o su comienzo seguido de * (190.24.*).">
            {(a) => (
              <input
                {...a}
                name="ip"
                defaultValue={filtros.ip ?? ""}
                inputMode="decimal"
                className={CLASE_ENTRADA}
              />
            )}
          </Campo>
        </div>
        <div className="lg:col-span-2">
          <Campo id="desde" etiqueta="Desde">
            {(a) => (
              <input
                {...a}
                type="date"
                name="desde"
                defaultValue={filtros.desde ?? ""}
                className={CLASE_ENTRADA}
              />
            )}
          </Campo>
        </div>
        <div className="lg:col-span-2">
          <Campo id="hasta" etiqueta="Hasta (incluido)">
            {(a) => (
              <input
                {...a}
                type="date"
                name="hasta"
                defaultValue={filtros.hasta ?? ""}
                className={CLASE_ENTRADA}
              />
            )}
          </Campo>
        </div>
        <div className="flex flex-wrap items-end gap-2 lg:col-span-2">
          <button type="submit" className={BOTON_PRINCIPAL}>
            Filtrar
          </button>
          {hayFiltros ? (
            <Link
              href={urlConFiltros(RUTA, { grupo: filtros.accion ? undefined : filtros.grupo })}
              className={BOTON_NEUTRO}
            >
              Quitar filtros
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
