import { Filtro, FormularioDeFiltros, OpcionesDeRegional } from "@/components/ui/filtro";
import type { TipoReporte } from "@/generated/prisma/enums";
import { NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import type { Periodo } from "@/lib/periodos";
import type { FiltrosCola } from "../schemas";
import { urlDeCola } from "../url";

export function FiltrosColaForm(props: {
  filtros: FiltrosCola;
  vigencias: { anio: number }[];
  /** Empty for whoever reviews only national reports, which belong to no regional. */
  regionales: { id: number; nombre: string }[];
  periodos: Periodo[];
  tipos: TipoReporte[];
}) {
  const { filtros } = props;
  return (
    <FormularioDeFiltros
      key={urlDeCola(filtros)}
      etiqueta="Filtros de la cola de revisión"
      accion="/revision"
      quitar="/revision"
      rejilla="grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
      botones="col-span-2 lg:col-span-1"
    >
      <Filtro nombre="vigencia" etiqueta="Vigencia" valor={filtros.vigencia} todos="Todas">
        {props.vigencias.map((v) => (
          <option key={v.anio} value={v.anio}>
            {v.anio}
          </option>
        ))}
      </Filtro>
      <Filtro nombre="tipo" etiqueta="Tipo de reporte" valor={filtros.tipo} todos="Todos">
        {props.tipos.map((tipo) => (
          <option key={tipo} value={tipo}>
            {NOMBRE_TIPO_REPORTE[tipo]}
          </option>
        ))}
      </Filtro>
      <Filtro nombre="periodo" etiqueta="Periodo" valor={filtros.periodo} todos="Todos">
        {props.periodos.map((p) => (
          <option key={p.codigo} value={p.codigo}>
            {p.etiqueta}
          </option>
        ))}
      </Filtro>
      {props.regionales.length > 0 ? (
        <Filtro nombre="regional" etiqueta="Regional" valor={filtros.regional} todos="Todas">
          <OpcionesDeRegional regionales={props.regionales} />
        </Filtro>
      ) : null}
    </FormularioDeFiltros>
  );
}
