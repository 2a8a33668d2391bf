import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  CONFIG_VARIABLES,
  configurationProblems,
  envSchema,
  parseEnv,
  type EntryPoint,
} from '../../src/config/app-config.js';

/**
 * Checks that the deployment files (infra/) agree with the application: every variable
 * they set is one the configuration schema knows, every container has what its entry
 * point requires in production (by the application's own `configurationProblems`), and
 * the health check, probes and ports point at what the API really serves. Pure: it gets
 * the files' text, so a test can hand it a broken copy and watch it complain.
 */
export interface InfraFiles {
  dockerfile: string;
  compose: string;
  /** infra/k8s: file name → text. */
  k8s: Record<string, string>;
  /** The API's OpenAPI document (paths under /api). */
  openapi: { paths: Record<string, Record<string, unknown>> };
}

export function readInfraFiles(root: string): InfraFiles {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const k8sFiles = [
    'kustomization.yaml',
    ...kustomizationResources(read('infra/k8s/kustomization.yaml')),
    'secret.example.yaml',
  ];
  return {
    dockerfile: read('infra/docker/Dockerfile'),
    compose: read('infra/compose/compose.yaml'),
    k8s: Object.fromEntries(
      k8sFiles.map((f) => [
        f,
        existsSync(join(root, 'infra/k8s', f)) ? read(`infra/k8s/${f}`) : '',
      ]),
    ),
    openapi: JSON.parse(read('apps/api/openapi.json')),
  };
}

/** Every problem found, each naming its file and what is wrong; empty when all agree. */
export function checkInfra(files: InfraFiles, root: string): string[] {
  const image = parseDockerfile(files.dockerfile);
  return [
    ...checkImage(image, files, root),
    ...checkCompose(files, image, root),
    ...checkKubernetes(files, image, root),
  ];
}

// ---------------------------------------------------------------------------------------
// Dockerfile

interface ImageFacts {
  env: Record<string, string>;
  user: string | null;
  exposed: string[];
  healthcheck: string | null;
  cmd: string[] | null;
}

/** The facts of the last stage (the one that runs); `\` continuations joined. */
export function parseDockerfile(text: string): ImageFacts {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: string[][] = [];
  for (const line of lines) {
    if (/^FROM\s/i.test(line)) stages.push([]);
    stages.at(-1)?.push(line);
  }
  const facts: ImageFacts = { env: {}, user: null, exposed: [], healthcheck: null, cmd: null };
  for (const line of stages.at(-1) ?? []) {
    const [, instruction = '', rest = ''] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    switch (instruction.toUpperCase()) {
      case 'ENV':
        for (const [, key = '', value = ''] of rest.matchAll(/(\w+)=("[^"]*"|\S+)/g))
          facts.env[key] = value.replace(/^"|"$/g, '');
        break;
      case 'USER':
        facts.user = rest.split(':')[0] ?? null;
        break;
      case 'EXPOSE':
        facts.exposed.push(...rest.split(/\s+/).map((p) => p.replace(/\/tcp$/, '')));
        break;
      case 'HEALTHCHECK':
        facts.healthcheck = rest;
        break;
      case 'CMD':
        facts.cmd = JSON.parse(rest) as string[];
        break;
    }
  }
  return facts;
}

function checkImage(image: ImageFacts, files: InfraFiles, root: string): string[] {
  const where = 'infra/docker/Dockerfile';
  const problems = unknownNames(where, Object.keys(image.env));
  if (!image.user || image.user === 'root' || image.user === '0')
    problems.push(`${where}: the runtime stage must run as a non-root USER`);
  const health = /\/api\/[\w/-]+/.exec(image.healthcheck ?? '')?.[0];
  if (!health) problems.push(`${where}: no HEALTHCHECK against an /api path`);
  else if (!isGetRoute(files, health))
    problems.push(`${where}: HEALTHCHECK asks ${health}, which the API does not serve (GET)`);
  const port = image.env.PORT ?? String(envSchema.shape.PORT.parse(undefined));
  if (!image.exposed.includes(port))
    problems.push(`${where}: EXPOSE ${image.exposed.join(' ')} but the API listens on ${port}`);
  if (entryOf(image.cmd, root) !== 'serve')
    problems.push(`${where}: CMD ${JSON.stringify(image.cmd)} is not the serve entry point`);
  return problems;
}

// ---------------------------------------------------------------------------------------
// Containers and their environment

type Source = 'literal' | 'secret';
interface Setting {
  name: string;
  value: string;
  source: Source;
}

/** Maps the compiled script a container runs to its entry point; null when unknown. */
function entryOf(command: string[] | null | undefined, root: string): EntryPoint | null {
  const script = command?.find((part) => /apps\/api\/dist\/.+\.js$/.test(part));
  if (!script) return null;
  const source = script.replace('/dist/', '/src/').replace(/\.js$/, '.ts');
  if (!existsSync(join(root, source))) return null;
  if (script.endsWith('/cli/migrate.js')) return 'migrate';
  if (script.endsWith('/cli/serve.js')) return 'serve';
  return null;
}

/** A value the schema accepts for a variable whose real value is a secret. */
function secretPlaceholder(name: string): string {
  const field = (
    envSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>
  )[name];
  const candidates = [
    'postgres://placeholder:placeholder@placeholder:5432/samla',
    'placeholder-secret',
  ];
  return candidates.find((c) => field?.safeParse(c).success) ?? candidates[1]!;
}

function unknownNames(where: string, names: string[]): string[] {
  return names
    .filter((n) => !CONFIG_VARIABLES.includes(n))
    .map((n) => `${where}: sets ${n}, which Samla's configuration schema does not know`);
}

/** The checks every container gets: names known, values valid, requirements met. */
function checkContainer(
  where: string,
  entry: EntryPoint | null,
  image: ImageFacts,
  settings: Setting[],
): string[] {
  if (!entry) return [`${where}: runs neither cli/migrate.js nor cli/serve.js`];
  const problems = unknownNames(
    where,
    settings.map((s) => s.name),
  );
  const env: Record<string, string> = { ...image.env };
  for (const s of settings)
    env[s.name] = s.source === 'secret' ? secretPlaceholder(s.name) : s.value;
  let parsed;
  try {
    parsed = parseEnv(env);
  } catch (error) {
    return [...problems, `${where}: ${String(error instanceof Error ? error.message : error)}`];
  }
  if (parsed.NODE_ENV !== 'production')
    problems.push(`${where}: NODE_ENV is ${parsed.NODE_ENV}, not production`);
  for (const p of configurationProblems(parsed, entry)) problems.push(`${where} (${entry}): ${p}`);
  return problems;
}

// ---------------------------------------------------------------------------------------
// compose

/** `${NAME}`, `${NAME:?message}` → a placeholder; `${NAME:-default}` → the default. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?:(:?[-?])([^}]*))?\}/g, (_, _name, op?: string, arg?: string) =>
    op?.endsWith('-') ? (arg ?? '') : 'placeholder',
  );
}

function checkCompose(files: InfraFiles, image: ImageFacts, root: string): string[] {
  const where = 'infra/compose/compose.yaml';
  const [doc] = parseAllDocuments(files.compose, { merge: true });
  if (!doc || doc.errors.length) return [`${where}: not valid YAML (${doc?.errors[0]?.message})`];
  const services = (doc.toJS() as { services?: Record<string, ComposeService> }).services ?? {};
  const problems: string[] = [];
  const samla = Object.entries(services).filter(
    ([, s]) => s.build?.dockerfile === 'infra/docker/Dockerfile',
  );
  if (!samla.length) problems.push(`${where}: no service builds infra/docker/Dockerfile`);
  let migrateService: string | null = null;
  for (const [name, service] of samla) {
    const at = `${where} service ${name}`;
    if (service.env_file) problems.push(`${at}: env_file is not checked; set environment instead`);
    const raw = service.environment ?? {};
    const pairs = Array.isArray(raw)
      ? raw.map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string])
      : Object.entries(raw).map(([k, v]) => [k, String(v ?? '')] as [string, string]);
    const settings = pairs.map(([k, v]) => ({
      name: k,
      value: interpolate(v),
      source: 'literal' as const,
    }));
    const entry = entryOf(service.command ?? image.cmd, root);
    problems.push(...checkContainer(at, entry, image, settings));
    if (entry === 'migrate') migrateService = name;
    if (entry === 'serve') {
      const port = settings.find((s) => s.name === 'PORT')?.value ?? image.env.PORT;
      for (const mapping of service.ports ?? []) {
        const target = String(mapping).split(':').at(-1);
        if (target !== port)
          problems.push(`${at}: publishes container port ${target}, the API listens on ${port}`);
      }
      const after = migrateService ? service.depends_on?.[migrateService]?.condition : undefined;
      if (after !== 'service_completed_successfully')
        problems.push(`${at}: must depend on the migrate service completing successfully`);
    }
  }
  if (!migrateService) problems.push(`${where}: no service runs cli/migrate.js`);
  return problems;
}

interface ComposeService {
  build?: { dockerfile?: string };
  command?: string[];
  environment?: Record<string, unknown> | string[];
  env_file?: unknown;
  ports?: unknown[];
  depends_on?: Record<string, { condition?: string }>;
}

// ---------------------------------------------------------------------------------------
// Kubernetes

interface K8sObject {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: {
    replicas?: number;
    strategy?: { rollingUpdate?: { maxUnavailable?: number | string } };
    template?: { spec?: { containers?: K8sContainer[] } };
  };
}
interface K8sContainer {
  name: string;
  command?: string[];
  args?: string[];
  ports?: Array<{ name?: string; containerPort: number }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  env?: Array<{
    name: string;
    value?: string;
    valueFrom?: {
      secretKeyRef?: { name: string; key: string };
      configMapKeyRef?: { name: string; key: string };
    };
  }>;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
}
interface Probe {
  httpGet?: { path: string; port: string | number };
  tcpSocket?: { port: string | number };
}

function kustomizationResources(text: string): string[] {
  const [doc] = parseAllDocuments(text);
  return ((doc?.toJS() as { resources?: string[] } | undefined)?.resources ?? []).filter((r) =>
    r.endsWith('.yaml'),
  );
}

function checkKubernetes(files: InfraFiles, image: ImageFacts, root: string): string[] {
  const problems: string[] = [];
  const objects: Array<{ file: string; object: K8sObject }> = [];
  const resources = kustomizationResources(files.k8s['kustomization.yaml'] ?? '');
  for (const file of [...resources, 'secret.example.yaml']) {
    const text = files.k8s[file];
    if (!text) {
      problems.push(`infra/k8s/${file}: missing`);
      continue;
    }
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length) problems.push(`infra/k8s/${file}: ${doc.errors[0]?.message}`);
      else if (doc.contents) objects.push({ file, object: doc.toJS() as K8sObject });
    }
  }
  const configMaps = new Map(
    objects
      .filter((o) => o.object.kind === 'ConfigMap')
      .map((o) => [o.object.metadata.name, o.object.data ?? {}]),
  );
  const secrets = new Map(
    objects
      .filter((o) => o.object.kind === 'Secret')
      .map((o) => [o.object.metadata.name, { ...o.object.data, ...o.object.stringData }]),
  );
  const entries = new Set<EntryPoint>();
  for (const { file, object } of objects) {
    if (object.kind !== 'Deployment' && object.kind !== 'Job') continue;
    if (object.kind === 'Deployment') {
      if ((object.spec?.replicas ?? 1) < 2)
        problems.push(`infra/k8s/${file}: a Deployment of fewer than 2 replicas is not scaled`);
      if (String(object.spec?.strategy?.rollingUpdate?.maxUnavailable) !== '0')
        problems.push(
          `infra/k8s/${file}: maxUnavailable must be 0, so old pods serve until new ones are ready`,
        );
    }
    for (const container of object.spec?.template?.spec?.containers ?? []) {
      const at = `infra/k8s/${file} ${object.kind} ${object.metadata.name} container ${container.name}`;
      const settings: Setting[] = [];
      const valueOf = (name: string) => settings.findLast((s) => s.name === name);
      for (const from of container.envFrom ?? []) {
        const ref = from.configMapRef?.name ?? from.secretRef?.name ?? '';
        const data = from.configMapRef ? configMaps.get(ref) : secrets.get(ref);
        if (!data) problems.push(`${at}: envFrom names ${ref}, which no file defines`);
        for (const [name, value] of Object.entries(data ?? {}))
          settings.push({ name, value, source: from.configMapRef ? 'literal' : 'secret' });
      }
      for (const variable of container.env ?? []) {
        const secretRef = variable.valueFrom?.secretKeyRef;
        const configRef = variable.valueFrom?.configMapKeyRef;
        if (secretRef) {
          if (!(secretRef.key in (secrets.get(secretRef.name) ?? {})))
            problems.push(
              `${at}: ${variable.name} reads key ${secretRef.key} of Secret ${secretRef.name}, which secret.example.yaml does not describe`,
            );
          settings.push({ name: variable.name, value: '', source: 'secret' });
        } else if (configRef) {
          const value = configMaps.get(configRef.name)?.[configRef.key];
          if (value === undefined)
            problems.push(`${at}: ${variable.name} reads a missing ConfigMap key ${configRef.key}`);
          settings.push({ name: variable.name, value: value ?? '', source: 'literal' });
        } else {
          // $(NAME) expands only variables defined before it; anything else stays literal.
          const value = (variable.value ?? '').replace(/\$\((\w+)\)/g, (_, name: string) => {
            const earlier = valueOf(name);
            if (!earlier) problems.push(`${at}: ${variable.name} uses $(${name}) before it is set`);
            return earlier?.source === 'secret' ? 'placeholder' : (earlier?.value ?? '');
          });
          settings.push({ name: variable.name, value, source: 'literal' });
        }
      }
      const entry = entryOf(container.command ?? container.args ?? image.cmd, root);
      if (entry) entries.add(entry);
      problems.push(...checkContainer(at, entry, image, settings));
      const port = valueOf('PORT')?.value ?? image.env.PORT;
      const ports = new Map(
        (container.ports ?? []).map((p) => [p.name ?? String(p.containerPort), p.containerPort]),
      );
      for (const [kind, probe] of Object.entries({
        readiness: container.readinessProbe,
        liveness: container.livenessProbe,
        startup: container.startupProbe,
      })) {
        if (!probe) continue;
        const target = probe.httpGet?.port ?? probe.tcpSocket?.port;
        const number = typeof target === 'number' ? target : ports.get(String(target));
        if (String(number) !== port)
          problems.push(`${at}: ${kind} probe targets port ${target}, the API listens on ${port}`);
        if (probe.httpGet && !isGetRoute(files, probe.httpGet.path))
          problems.push(
            `${at}: ${kind} probe asks ${probe.httpGet.path}, which the API does not serve`,
          );
      }
      if (object.kind === 'Deployment' && !container.readinessProbe?.httpGet)
        problems.push(`${at}: needs an HTTP readiness probe`);
    }
  }
  for (const needed of ['migrate', 'serve'] as const)
    if (!entries.has(needed)) problems.push(`infra/k8s: nothing runs the ${needed} entry point`);
  return problems;
}

function isGetRoute(files: InfraFiles, path: string): boolean {
  return Boolean(files.openapi.paths[path]?.get);
}
