import type { Rol } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    id: string;
    rol: Rol;
  }
  interface Session {
    user: { id: string; name: string; email: string; rol: Rol };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    rol: Rol;
  }
}
