import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site: `next build` writes every page and data file to out/.
  output: 'export',
  // /zh/ch1-6/ → out/zh/ch1-6/index.html, which every static host serves without rewrites.
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // A bilingual 404 for URLs outside both language trees (there are two root layouts).
    globalNotFound: true,
  },
};

export default nextConfig;
