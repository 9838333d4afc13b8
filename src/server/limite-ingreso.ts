import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";

/** Error code the login form recognises to explain why it must wait. */
export const DEMASIADOS_INTENTOS = "DEMASIADOS_INTENTOS";

const QUINCE_MINUTOS = 15 * 60;

// Failed logins only: per account, to stop password guessing; per address, to stop spraying many
// accounts. In memory, because the app runs as one process; a cluster would need a shared store.
const fallosPorCorreo = new RateLimiterMemory({ keyPrefix: "correo", points: 5, duration: QUINCE_MINUTOS });
const fallosPorIp = new RateLimiterMemory({ keyPrefix: "ip", points: 50, duration: QUINCE_MINUTOS });

async function agotado(limitador: RateLimiterMemory, clave: string, maximo: number): Promise<boolean> {
  const estado = await limitador.get(clave);
  return (estado?.consumedPoints ?? 0) >= maximo;
}

export async function ingresoBloqueado(email: string, ip: string): Promise<boolean> {
  return (await agotado(fallosPorCorreo, email, 5)) || (await agotado(fallosPorIp, ip, 50));
}

export async function registrarFallo(email: string, ip: string): Promise<void> {
  // consume() rejects once the limit is passed; the next attempt is refused by ingresoBloqueado.
  await Promise.allSettled([fallosPorCorreo.consume(email), fallosPorIp.consume(ip)]);
}

export async function olvidarFallos(email: string): Promise<void> {
  await fallosPorCorreo.delete(email);
}
