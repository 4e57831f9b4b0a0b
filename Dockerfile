# syntax=docker/dockerfile:1
# Encyclopedia API: build (compile better-sqlite3, TypeScript, and the database), then a slim
# runtime with production dependencies only, running as the unprivileged `node` user.

# Node 24 for both stages: an LTS line supported until April 2028, where Node 20 reached its end of
# life in April 2026 and Node 22's comes in April 2027. better-sqlite3 12.x
# supports Node 20 to 26, and the dependencies' engines all admit 24. package.json's engines stays
# >=20.19 because development and CI still run Node 20; the image is built and run on 24 alone.

# ---- build ----------------------------------------------------------------------------------
FROM node:24-bookworm AS build
WORKDIR /app

# Dependencies first, for layer caching. Scripts are skipped here (`prepare` would compile sources
# not copied yet); better-sqlite3's native module is built explicitly (python3/make/g++ are here).
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
COPY migrations ./migrations
COPY seed ./seed
RUN npm run build

# The database is built at image build time, so the container starts serving at once.
RUN node dist/src/importer/cli.js --db data/encyclopedia.db

RUN npm prune --omit=dev

# ---- runtime --------------------------------------------------------------------------------
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/app/data/encyclopedia.db
WORKDIR /app

COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/seed ./seed
# The CSL styles and locales the bibliographies render with (read from the project root).
COPY --from=build /app/src/citations/csl ./src/citations/csl
# Owned by the service user: start-up applies pending migrations (and rebuilds a deleted database).
COPY --from=build --chown=node:node /app/data ./data

USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/server.js"]
