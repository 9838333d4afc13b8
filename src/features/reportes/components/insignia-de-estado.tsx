import { Insignia } from "@/components/ui/insignia";
import type { EstadoObligacion } from "@/lib/oportunidad";
import { ESTADO } from "@/lib/etiquetas";

export function InsigniaDeEstado({ estado }: { estado: EstadoObligacion }) {
  const { nombre, tono } = ESTADO[estado];
  return <Insignia tono={tono}>{nombre}</Insignia>;
}
