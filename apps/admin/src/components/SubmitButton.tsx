interface SubmitButtonProps {
  /** True while the call is under way: the button is disabled so a double click sends once. */
  pending: boolean;
  label: string;
  /** What shows while pending ("Sparar …"); the label when there is no such wording. */
  pendingLabel?: string;
}

/** A form's primary submit button, the same in every admin form. */
export function SubmitButton({ pending, label, pendingLabel = label }: SubmitButtonProps) {
  return (
    <button type="submit" className="button button--primary" disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
