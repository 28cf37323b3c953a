# syntax=docker/dockerfile:1
# archkb in server mode: the site, its API and the on-demand pages, served by our own HTTP server (src/server).
# Build:  docker build --build-arg ARCHKB_SITE=https://kb.example.com -t archkb .
# Run:    docker run -p 4321:4321 archkb      (health: GET /healthz; stops gracefully on SIGTERM)

# 1. Build the site with every development dependency.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .
# The public origin the pages, exports and embeds link to.
ARG ARCHKB_SITE=http://localhost:4321
ENV ARCHKB_SITE=$ARCHKB_SITE
RUN npm run build

# 2. Only what serving needs: the runtime dependencies (package.json "dependencies").
FROM node:24-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error && npm cache clean --force

# 3. The image: the built site, the server's sources and the runtime dependencies, run as the unprivileged node user.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4321 ARCHKB_SKIP_BUILD=1
ARG ARCHKB_SITE=http://localhost:4321
ENV ARCHKB_SITE=$ARCHKB_SITE
COPY --from=runtime-deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/package.json ./
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/src ./src
COPY --from=build --chown=root:root /app/data ./data
COPY --from=build --chown=root:root /app/scripts/start.ts /app/scripts/build-if-stale.ts ./scripts/
USER node
EXPOSE 4321
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4321) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node runs as PID 1 and handles SIGTERM itself (scripts/start.ts): open requests finish, then it exits 0.
CMD ["node", "--max-semi-space-size=4", "--max-old-space-size=512", "scripts/start.ts"]
