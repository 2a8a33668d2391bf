import { type FormEvent, type ReactNode, type Ref, useId } from 'react';

interface PanelFormProps {
  /** Usually `useValidatedMutation`'s: validates, then sends. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** For a form that moves focus into itself (on opening, after a reload). */
  ref?: Ref<HTMLFormElement>;
  heading: string;
  children: ReactNode;
}

/**
 * A form in its own panel, named by its heading so assistive technology announces which
 * form it is. noValidate: the schema's messages (sv/en) replace the browser's own bubbles.
 */
export function PanelForm({ onSubmit, ref, heading, children }: PanelFormProps) {
  const headingId = useId();
  return (
    <form
      ref={ref}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{heading}</h2>
      {children}
    </form>
  );
}
