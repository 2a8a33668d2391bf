import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningProcess {
  pid: number;
  /** The first capture group of the readiness pattern (the URL it listens on). */
  ready: string;
  /** Milliseconds from spawn to readiness. */
  readyAfterMs: number;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts a Node script and waits for the line that says it is ready (`readyPattern`,
 * whose first group is returned). Stops with SIGTERM (the scripts stop cleanly on it),
 * SIGKILL after 15 s.
 */
export async function startNode(
  script: string,
  env: Record<string, string>,
  readyPattern: RegExp,
  timeoutMs = 120_000,
  nodeArgs: string[] = [],
): Promise<RunningProcess> {
  const started = performance.now();
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} was not ready within ${timeoutMs} ms:\n${output.join('')}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = readyPattern.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1] ?? '');
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it was ready:\n${output.join('')}`));
    });
  });
  return {
    pid: child.pid as number,
    ready,
    readyAfterMs: performance.now() - started,
    output: () => output.join(''),
    stop,
  };
}
