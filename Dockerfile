# One image for every Sanpuku service; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json /app/nx.json ./
COPY --from=build /app/apps/gateway/supergraph.graphql ./apps/gateway/supergraph.graphql
COPY --from=build /app/data ./data
# Imports map retired municipality codes with the region service's code-change table.
COPY --from=build /app/apps/region/data ./apps/region/data
# The HSDS import validates against the vendored Open Referral schemas.
COPY --from=build /app/libs/catalogue-domain/src/hsds/schema ./libs/catalogue-domain/src/hsds/schema
USER node
