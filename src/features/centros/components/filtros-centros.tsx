import { Filtro, FiltroDeTexto, FormularioDeFiltros, OpcionesDeRegional } from "@/components/ui/filtro";
import type { FiltrosCentros } from "../schemas";
import { urlDeCentros } from "../url";

export function FiltrosCentrosForm(props: {
  filtros: FiltrosCentros;
  regionales: { id: number; nombre: string }[];
}) {
  const { filtros } = props;
  return (
    <FormularioDeFiltros
      key={urlDeCentros(filtros)}
      etiqueta="Filtros de centros"
      accion="/admin/centros"
      quitar="/admin/centros"
      rejilla="grid-cols-2 lg:grid-cols-[minmax(0,1.5fr)_repeat(3,minmax(0,1fr))_auto]"
      botones="col-span-2 lg:col-span-1"
    >
      <FiltroDeTexto
        nombre="q"
        etiqueta="Buscar por código o nombre"
        valor={filtros.q}
        className="col-span-2 lg:col-span-1"
      />
      <Filtro nombre="regional" etiqueta="Regional" valor={filtros.regional} todos="Todas">
        <OpcionesDeRegional regionales={props.regionales} />
      </Filtro>
      <Filtro
        nombre="aprovechamiento"
        etiqueta="Aprovechamiento"
        valor={filtros.aprovechamiento}
        todos="Todos"
      >
        <option value="si">Lo generan</option>
        <option value="no">No lo generan</option>
      </Filtro>
      <Filtro nombre="estado" etiqueta="Estado" valor={filtros.estado} todos="Todos">
        <option value="activos">Activos</option>
        <option value="inactivos">Inactivos</option>
      </Filtro>
    </FormularioDeFiltros>
  );
}
