import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS } from '../src/config/node-flags.js';
import { checkInfra, readInfraFiles, type InfraFiles } from './support/infra-check.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The deployment files (infra/) and the application agree: the checker (support/
 * infra-check.ts) compares them with the configuration schema and the entry points'
 * own requirements. The mutated copies below prove it can fail, and on what.
 */
describe('infra files agree with the application', () => {
  const files = readInfraFiles(ROOT);

  it('finds no problem in the committed Dockerfile, compose file and Kubernetes manifests', () => {
    expect(checkInfra(files, ROOT)).toEqual([]);
  });

  it('starts the API with its V8 flags (the heap budget) in `npm start` and in the image', () => {
    const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(rootPackage.scripts.start).toContain(
      `&& node ${API_NODE_FLAGS.join(' ')} apps/api/dist/scripts/start.js`,
    );
    const command = /^CMD (\[.*\])\s*$/m.exec(files.dockerfile)?.[1];
    expect(JSON.parse(command ?? 'null')).toEqual([
      'node',
      ...API_NODE_FLAGS,
      'apps/api/dist/cli/serve.js',
    ]);
  });

  const mutated = (change: (copy: InfraFiles) => void): string[] => {
    const copy: InfraFiles = structuredClone(files);
    change(copy);
    return checkInfra(copy, ROOT);
  };
  const replace = (text: string, from: string | RegExp, to: string) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`the mutation did not apply: ${String(from)}`);
    return next;
  };

  it('names a variable the schema does not know (a typo in compose)', () => {
    const problems = mutated((c) => {
      c.compose = replace(c.compose, 'DATABASE_APP_URL:', 'DATABASE_APP_ULR:');
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/compose\.yaml service api: sets DATABASE_APP_ULR, which/),
        // ...and, without the runtime URL, the API has no way to connect in production.
        expect.stringMatching(
          /service api \(serve\): DATABASE_URL or DATABASE_APP_URL must be set/,
        ),
      ]),
    );
  });

  it('names a variable production requires when the migration Job lacks it', () => {
    const problems = mutated((c) => {
      c.k8s['migrate-job.yaml'] = replace(
        c.k8s['migrate-job.yaml'] as string,
        '- name: DATABASE_URL',
        '- name: SMTP_USER',
      );
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /Job samla-migrate container migrate \(migrate\): DATABASE_URL \(the owner/,
      ),
      expect.stringMatching(/Job samla-migrate container migrate \(migrate\): DATABASE_URL or/),
    ]);
  });

  it('rejects a value the schema refuses (a ConfigMap with a bad port)', () => {
    const problems = mutated((c) => {
      c.k8s['configmap.yaml'] = replace(
        c.k8s['configmap.yaml'] as string,
        "PORT: '3000'",
        "PORT: 'http'",
      );
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /Job samla-migrate container migrate: Invalid configuration:\s+PORT:/,
        ),
        expect.stringMatching(/Deployment samla container api: Invalid configuration:\s+PORT:/),
      ]),
    );
  });

  it('rejects a secret key the Secret does not describe', () => {
    const problems = mutated((c) => {
      c.k8s['deployment.yaml'] = replace(
        c.k8s['deployment.yaml'] as string,
        'key: app-password',
        'key: app-pasword',
      );
    });
    expect(problems).toEqual([
      expect.stringMatching(/reads key app-pasword of Secret samla-secrets/),
    ]);
  });

  it('rejects a health check, a probe or an exposed port the API does not serve', () => {
    const problems = mutated((c) => {
      c.dockerfile = replace(c.dockerfile, "'/api/health'", "'/api/healthz'");
      c.dockerfile = replace(c.dockerfile, 'EXPOSE 3000', 'EXPOSE 8080');
      c.k8s['deployment.yaml'] = replace(
        c.k8s['deployment.yaml'] as string,
        'path: /api/health',
        'path: /healthz',
      );
    });
    expect(problems).toEqual([
      expect.stringMatching(/Dockerfile: HEALTHCHECK asks \/api\/healthz/),
      expect.stringMatching(/Dockerfile: EXPOSE 8080 but the API listens on 3000/),
      expect.stringMatching(/readiness probe asks \/healthz/),
    ]);
  });

  it('rejects an image that runs as root, and an API started before the migration', () => {
    const problems = mutated((c) => {
      c.dockerfile = replace(c.dockerfile, 'USER node', 'USER root');
      c.compose = replace(
        c.compose,
        'condition: service_completed_successfully',
        'condition: service_started',
      );
    });
    expect(problems).toEqual([
      expect.stringMatching(/non-root USER/),
      expect.stringMatching(/service api: must depend on the migrate service completing/),
    ]);
  });
});
