import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS } from '@samla/api/dist/config/node-flags.js';

const START_SCRIPT = fileURLToPath(new URL('../../api/dist/scripts/start.js', import.meta.url));

/**
 * The whole product as `npm start` runs it: embedded PostgreSQL in a fresh folder,
 * migrations, the demo, the API and the built admin on one port.
 */
export class Product {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dataDir: string,
    readonly url: string,
    private readonly output: string[],
  ) {}

  static async start(options: { dataDir?: string; pgPort?: number } = {}): Promise<Product> {
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samla-e2e-'));
    const output: string[] = [];
    const child = spawn(process.execPath, [...API_NODE_FLAGS, START_SCRIPT], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'development',
        PORT: '0',
        EMBEDDED_PG_DIR: dataDir,
        // Below Linux's ephemeral range (32768–60999), so no outgoing connection holds it.
        EMBEDDED_PG_PORT: String(options.pgPort ?? 20000 + Math.floor(Math.random() * 12000)),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        output.push(text);
        const match = /running on (http:\/\/localhost:\d+)/.exec(text);
        if (match?.[1]) resolve(match[1]);
      });
      child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.once('exit', (code) =>
        reject(new Error(`Samla exited (${code}) before it was ready:\n${output.join('')}`)),
      );
    });
    return new Product(child, dataDir, url, output);
  }

  get dataFolder(): string {
    return this.dataDir;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** As if the machine killed it: no chance to stop PostgreSQL. */
  async kill(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }

  get logs(): string {
    return this.output.join('');
  }

  /** Stops like Ctrl-C: the API, then PostgreSQL. */
  async stop(options: { keepData?: boolean } = {}): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGINT');
      await exited;
    }
    if (!options.keepData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export const DEMO_PASSWORD = 'samla-demo';
