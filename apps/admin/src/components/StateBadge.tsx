import type { ReactNode } from 'react';

/** How a state reads: good, needs attention soon, too late, done, or set aside. */
export type Tone = 'good' | 'warn' | 'bad' | 'done' | 'muted';

const CLASS: Record<Tone, string> = {
  good: 'badge--on_track',
  warn: 'badge--at_risk',
  bad: 'badge--late',
  done: 'badge--done',
  muted: 'badge--cancelled',
};

/** A shape per tone, so the badge does not rely on colour (the words say it anyway). */
const ICON: Record<Tone, string> = { good: '●', warn: '▲', bad: '■', done: '✓', muted: '✕' };

/** A state in words, with a colour and a shape for the eye (the shared .badge styles). */
export function StateBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <span className={`badge ${CLASS[tone]}`}>
      <span className="badge__icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      {children}
    </span>
  );
}
