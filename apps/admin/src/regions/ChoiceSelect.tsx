import type { ReactNode } from 'react';

/**
 * A labelled select of the comparison views. Named by its label word alone
 * (aria-labelledby), not also by the options a wrapping label would add to its name.
 */
export function ChoiceSelect({
  id,
  label,
  value,
  onChange,
  short = false,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  short?: boolean;
  children: ReactNode;
}) {
  return (
    <label className="field">
      <span className="field__label" id={id}>
        {label}
      </span>
      <select
        aria-labelledby={id}
        className={short ? 'field__control field__control--short' : 'field__control'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </label>
  );
}
