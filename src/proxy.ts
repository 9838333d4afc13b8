import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/** Every page but the login page needs a session; pages re-check the user against the database. */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  const destino = request.nextUrl.pathname + request.nextUrl.search;
  if (destino !== "/") login.searchParams.set("callbackUrl", destino);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/((?!login|api/auth|api/health|_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:svg|png|ico)$).*)",
  ],
};
