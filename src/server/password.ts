import { hash, verify } from "@node-rs/argon2";

// argon2id with the parameters OWASP recommends as a minimum (19 MiB, 2 iterations).
const OPCIONES = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPCIONES);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
