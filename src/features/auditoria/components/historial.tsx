import { LineaDeTiempo } from "@/components/ui/linea-de-tiempo";
import { lineasDelHistorial } from "../historial-texto";
import type { EventoHistorial } from "../queries";

export function Historial({ eventos }: { eventos: EventoHistorial[] }) {
  return <LineaDeTiempo entradas={lineasDelHistorial(eventos)} vacia="Aún no hay movimientos registrados." />;
}
