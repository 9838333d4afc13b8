/** Only same-site paths are followed after login, never another origin (open redirect). */
export function destinoSeguro(callbackUrl: string | null | undefined): string {
  if (!callbackUrl || !callbackUrl.startsWith("/") || callbackUrl.startsWith("//")) {
    return "/obligaciones";
  }
  if (callbackUrl.startsWith("/login") || callbackUrl.includes("\\")) return "/obligaciones";
  return callbackUrl;
}
