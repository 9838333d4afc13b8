import { Alcance, Herramienta, Obligados, Periodicidad, Rol } from "@/generated/prisma/enums";

// The values a seguimiento's settings take, as lists for zod enums and JSON Schema: the database's
// enums, in their declared order.

type Lista<T extends string> = readonly [T, ...T[]];

const lista = <T extends string>(valores: Record<string, T>) => Object.values(valores) as unknown as Lista<T>;

export const HERRAMIENTAS = lista(Herramienta);
export const PERIODICIDADES = lista(Periodicidad);
export const ALCANCES = lista(Alcance);
export const OBLIGADOS = lista(Obligados);
export const ROLES = lista(Rol);
