import { Filtro, FormularioDeFiltros, OpcionesDeRegional } from "@/components/ui/filtro";
import { NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { TipoReporte } from "@/generated/prisma/enums";
import { periodosDeVigencia } from "@/lib/periodos";
import { parametrosDeFiltros, type Filtros } from "../filtros";
import type { AmbitoTablero } from "../tipos";

/** A GET form: applying filters produces a link that can be sent to someone else. */
export function FiltrosTablero(props: {
  ambito: AmbitoTablero;
  filtros: Filtros;
  vigencias: { anio: number; nombre: string }[];
  regionales: { id: number; nombre: string }[];
  puedeElegirRegional: boolean;
}) {
  const { ambito, filtros } = props;
  const periodos = [
    ...periodosDeVigencia(ambito.vigencia.anio, "TRIMESTRAL"),
    ...periodosDeVigencia(ambito.vigencia.anio, "SEMESTRAL"),
  ];
  return (
    <FormularioDeFiltros
      key={parametrosDeFiltros(filtros).toString()}
      etiqueta="Filtros del tablero"
      quitar="/tableros"
      rejilla="sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
      aplicar="Aplicar"
      ocultos={
        ambito.centroId !== undefined && props.puedeElegirRegional ? (
          <input type="hidden" name="centro" value={ambito.centroId} />
        ) : null
      }
    >
      <Filtro nombre="vigencia" etiqueta="Vigencia" valor={ambito.vigencia.anio}>
        {props.vigencias.map((v) => (
          <option key={v.anio} value={v.anio}>
            {v.anio}
          </option>
        ))}
      </Filtro>
      <Filtro nombre="periodo" etiqueta="Periodo" valor={ambito.periodo} todos="Todo el año">
        {periodos.map((p) => (
          <option key={p.codigo} value={p.codigo}>
            {p.etiqueta}
          </option>
        ))}
      </Filtro>
      {props.puedeElegirRegional && ambito.centroId === undefined ? (
        <Filtro nombre="regional" etiqueta="Regional" valor={ambito.regionalId} todos="Todas (nacional)">
          <OpcionesDeRegional regionales={props.regionales} />
        </Filtro>
      ) : null}
      <Filtro nombre="tipo" etiqueta="Tipo de reporte" valor={ambito.tipo} todos="Todos">
        {Object.values(TipoReporte).map((t) => (
          <option key={t} value={t}>
            {NOMBRE_TIPO_REPORTE[t]}
          </option>
        ))}
      </Filtro>
      <Filtro nombre="datos" etiqueta="Datos" valor={filtros.datos}>
        <option value="aprobados">Solo aprobados</option>
        <option value="enviados">Todo lo enviado (incluye sin aprobar)</option>
      </Filtro>
    </FormularioDeFiltros>
  );
}
