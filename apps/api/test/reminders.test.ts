import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { caseWithAssignments, daysFromToday } from './support/deadline-fixtures.js';
import { TestApp } from './support/test-app.js';

const START_SCRIPT = fileURLToPath(new URL('../dist/scripts/start.js', import.meta.url));

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?(.*?)\?=/gi, (_, encoding: string, text: string) => {
      if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
      const bytes = text
        .replace(/_/g, ' ')
        .split(/(=[0-9A-F]{2})/i)
        .flatMap((part) =>
          /^=[0-9A-F]{2}$/i.test(part) ? [parseInt(part.slice(1), 16)] : [...Buffer.from(part)],
        );
      return Buffer.from(bytes).toString('utf8');
    });
}

interface Received {
  to: string;
  subject: string;
}

/** A local SMTP server that takes its time over each message, so a pass can be interrupted. */
function startSmtp(delayMs: number) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(text)?.[1] ?? '';
        setTimeout(() => {
          for (const rcpt of session.envelope.rcptTo)
            received.push({
              to: rcpt.address,
              subject: decodeHeader(subject.replace(/\r\n/g, '')),
            });
          callback();
        }, delayMs);
      });
    },
  });
  return new Promise<{ server: SMTPServer; port: number; received: Received[] }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.server.address() as AddressInfo).port, received }),
    ),
  );
}

/** Another API instance on the same database, with reminders on. */
function startInstance(databaseUrl: string, smtpPort: number) {
  const output: string[] = [];
  const child = spawn(process.execPath, [START_SCRIPT], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      DEMO_DATA: 'never',
      LOG_LEVEL: 'warn',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_FROM: 'Samla <samla@kommun.example>',
      REMINDERS_POLL_SECONDS: '0.5',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<ChildProcess>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (/running on http/.test(chunk.toString())) resolve(child);
    });
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`instance exited (${code}):\n${output.join('')}`)),
    );
  });
  return { ready, output };
}

async function stopInstance(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 30_000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('e-mail reminders', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const children: ChildProcess[] = [];
  let recipients: string[];

  beforeAll(async () => {
    // Slow enough (1.5 s a message per connection) that stopping both instances after the
    // third message lands mid-run even on a loaded machine.
    smtp = await startSmtp(1500);
    // This instance has no SMTP: reminders are off, and it only serves the database.
    t = await TestApp.start();
    const tenant = await t.newTenant('1287');
    recipients = [];
    for (const role of ['strategist', 'tenant_admin'] as const)
      recipients.push((await t.newUser({ memberships: [{ tenantId: tenant.id, role }] })).email);
    await t.newUser({ memberships: [{ tenantId: tenant.id, role: 'reader' }] });
    // Six report-backs due within the reminder window (0–14 days), two outside it.
    await caseWithAssignments(t, tenant.id, [0, 1, 3, 7, 10, 14, 15, -1]);
  }, 60_000);

  afterAll(async () => {
    for (const child of children) await stopInstance(child);
    await t.stop();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it('is off without SMTP: the first instance recorded nothing', async () => {
    expect(await t.sql(`SELECT 1 FROM reminders`)).toHaveLength(0);
    expect(t.logs).not.toMatch(/pg-boss/);
  });

  it('sends each reminder exactly once across two instances and a restart mid-run', async () => {
    // Two instances start; each queues a pass at start-up and both work the queue.
    const first = startInstance(t.ownerUrl, smtp.port);
    children.push(await first.ready);
    const second = startInstance(t.ownerUrl, smtp.port);
    children.push(await second.ready);

    // Mid-run: stop both while mail is still going out.
    await until(() => smtp.received.length >= 3).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${first.output.join('')}\n${second.output.join('')}`);
    });
    await Promise.all(children.splice(0).map(stopInstance));
    const atRestart = smtp.received.length;
    expect(atRestart).toBeLessThan(12);

    const rows = await t.sql<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM reminders GROUP BY status`,
    );
    expect(rows.find((r) => r.status === 'sending')).toBeUndefined();

    // Restart: the new instance's pass sends the rest and nothing again.
    const restarted = startInstance(t.ownerUrl, smtp.port);
    children.push(await restarted.ready);
    await until(async () => {
      const [row] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM reminders WHERE status = 'sent'`,
      );
      return row?.n === 12;
    }, 60_000);
    await new Promise((r) => setTimeout(r, 1500));

    expect(smtp.received).toHaveLength(12);
    const keys = smtp.received.map((m) => `${m.to} ${m.subject}`);
    expect(new Set(keys).size).toBe(12);
    for (const email of recipients)
      expect(smtp.received.filter((m) => m.to === email)).toHaveLength(6);
    expect(smtp.received.map((m) => m.subject)).toContain(
      `Påminnelse: Återrapportering: Återrapportera del 1 – senast ${daysFromToday(0)}`,
    );

    const reminders = await t.sql<{ status: string; attempts: number }>(
      `SELECT status, attempts FROM reminders`,
    );
    expect(reminders).toHaveLength(12);
    expect(reminders.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  }, 90_000);

  it('does not send again on the next pass or after another restart', async () => {
    await Promise.all(children.splice(0).map(stopInstance));
    const again = startInstance(t.ownerUrl, smtp.port);
    children.push(await again.ready);
    await new Promise((r) => setTimeout(r, 3000));
    expect(smtp.received).toHaveLength(12);
  }, 30_000);
});
