import { Filtro, FiltroDeTexto, FormularioDeFiltros, OpcionesDeRegional } from "@/components/ui/filtro";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import type { RegionalConCentros } from "../queries";
import { ROLES, type FiltrosUsuarios } from "../schemas";
import { urlDeUsuarios } from "../url";
import { OpcionesDeCentro } from "./opciones-de-centro";

export function FiltrosUsuariosForm(props: { filtros: FiltrosUsuarios; regionales: RegionalConCentros[] }) {
  const { filtros } = props;
  return (
    <FormularioDeFiltros
      key={urlDeUsuarios(filtros)}
      etiqueta="Buscar y filtrar usuarios"
      accion="/admin/usuarios"
      quitar="/admin/usuarios"
      rejilla="grid-cols-1 sm:grid-cols-2 lg:grid-cols-4"
      botones="sm:col-span-2 lg:col-span-1"
      aplicar="Buscar"
    >
      <FiltroDeTexto
        nombre="q"
        etiqueta="Nombre o correo"
        valor={filtros.q}
        placeholder="Por ejemplo: ospina o @sena.edu.co"
        className="sm:col-span-2"
      />
      <Filtro nombre="rol" etiqueta="Rol" valor={filtros.rol} todos="Todos">
        {ROLES.map((rol) => (
          <option key={rol} value={rol}>
            {NOMBRE_ROL[rol]}
          </option>
        ))}
      </Filtro>
      <Filtro nombre="activo" etiqueta="Estado" valor={filtros.activo} todos="Todas">
        <option value="si">Solo activas</option>
        <option value="no">Solo inactivas</option>
      </Filtro>
      <Filtro nombre="regional" etiqueta="Regional" valor={filtros.regional} todos="Todas">
        <OpcionesDeRegional regionales={props.regionales} />
      </Filtro>
      <div className="sm:col-span-2">
        <Filtro nombre="centro" etiqueta="Centro" valor={filtros.centro} todos="Todos">
          <OpcionesDeCentro regionales={props.regionales} />
        </Filtro>
      </div>
    </FormularioDeFiltros>
  );
}
