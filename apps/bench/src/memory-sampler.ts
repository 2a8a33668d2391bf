import { readFileSync } from 'node:fs';

/** Resident set size of a process in MB, from /proc (Linux). */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Samples a process's RSS every `everyMs` until stopped; returns the samples in MB. */
export function sampleResident(pid: number, everyMs = 200): { stop: () => number[] } {
  const samples: number[] = [residentMb(pid)];
  const timer = setInterval(() => {
    try {
      samples.push(residentMb(pid));
    } catch {
      // The process ended; the samples so far stand.
    }
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}
