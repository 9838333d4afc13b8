import { LineaDeTiempo } from "@/components/ui/linea-de-tiempo";
import { lineasDelHistorial } from "../historial-texto";
import type { EventoHistorial } from "../queries";
import type { Formulario } from "@/lib/seguimientos/declaracion";

export function Historial({ eventos, formulario }: { eventos: EventoHistorial[]; formulario: Formulario }) {
  return (
    <LineaDeTiempo
      entradas={lineasDelHistorial(eventos, formulario)}
      vacia="Aún no hay movimientos registrados."
    />
  );
}
