import type { Rol } from "@/generated/prisma/enums";

/**
 * What a session carries besides who: `sid` names this session (a logout closes it), `ver` is the
 * account's version when it began (any later change of the account ends it) and `inicio` when it
 * began (it ends after an absolute lifetime however much it is used). docs/decisions/0013.
 */
interface Sesion {
  sid: string;
  ver: number;
  inicio: number;
  /** Begun with the institutional identity (docs/decisions/0017), not a password. */
  institucional?: boolean;
}

declare module "next-auth" {
  interface User extends Sesion {
    id: string;
    rol: Rol;
    centroId: number | null;
  }
  interface Session {
    user: Sesion & { id: string; name: string; email: string; rol: Rol; centroId: number | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT extends Sesion {
    uid: string;
    rol: Rol;
    centroId: number | null;
  }
}
