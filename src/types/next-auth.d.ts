import type { Rol } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    id: string;
    rol: Rol;
    centroId: number | null;
  }
  interface Session {
    user: { id: string; name: string; email: string; rol: Rol; centroId: number | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    rol: Rol;
    centroId: number | null;
  }
}
