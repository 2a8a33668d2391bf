import { cpus, loadavg, totalmem, release } from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  kernel: string;
  postgres: string;
  loadAverage: { atStart: number[]; atEnd?: number[] };
}

/** What the figures were measured on; the load average says how busy the machine was. */
export function describeMachine(postgres: string): Machine {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    kernel: release(),
    postgres,
    loadAverage: { atStart: loadavg().map((v) => Math.round(v * 100) / 100) },
  };
}

export function currentLoad(): number[] {
  return loadavg().map((v) => Math.round(v * 100) / 100);
}
