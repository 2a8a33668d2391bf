import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';

interface FieldFrameProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint and error around one control; the control is described by hint and error. */
function FieldFrame({ id, label, error, hint, required, children }: FieldFrameProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? <span className="field__required"> {t('form.required')}</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
};

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, error, hint, className, ...input } = props;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={input.required}>
      {(describedBy) => (
        <input
          {...input}
          id={id}
          name={input.name ?? id}
          className={className ? `field__control ${className}` : 'field__control'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'onChange' | 'value'
> & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  children: ReactNode;
};

export function SelectField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={select.required}>
      {(describedBy) => (
        <select
          {...select}
          id={id}
          name={select.name ?? id}
          className="field__control"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'onChange' | 'value'
> & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
};

export function TextAreaField(props: TextAreaFieldProps) {
  const { id, label, value, onChange, error, hint, rows = 4, ...textarea } = props;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={textarea.required}>
      {(describedBy) => (
        <textarea
          {...textarea}
          id={id}
          name={textarea.name ?? id}
          rows={rows}
          className="field__control"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
  /** Indentation, for choices from a tree (org units). */
  depth?: number;
}

interface ChoiceGroupFrameProps {
  id: string;
  legend: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  className?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}

/** A fieldset whose legend names the group; hint and error describe every choice in it. */
function ChoiceGroupFrame(props: ChoiceGroupFrameProps) {
  const { id, legend, error, hint, required, className, children } = props;
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['field', 'choices', error ? 'field--invalid' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className={classes} id={id}>
      <legend className="field__label">
        {legend}
        {required ? <span className="field__required"> {t('form.required')}</span> : null}
      </legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children(describedBy)}
    </fieldset>
  );
}

interface CheckboxGroupProps {
  id: string;
  /** The field name, for server issues and the first invalid control to take focus. */
  name: string;
  legend: string;
  choices: readonly Choice[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** A long list (e.g. every org unit) scrolls in a box of its own. */
  scroll?: boolean;
}

/** Several choices: checkboxes in a fieldset, in the order of `choices`. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const { id, name, legend, choices, values, onChange, error, hint, scroll } = props;
  const toggle = (value: string, checked: boolean) =>
    onChange(
      checked
        ? choices.map((c) => c.value).filter((v) => v === value || values.includes(v))
        : values.filter((v) => v !== value),
    );
  return (
    <ChoiceGroupFrame id={id} legend={legend} error={error} hint={hint}>
      {(describedBy) => (
        <div className={scroll ? 'choices__list choices__list--scroll' : 'choices__list'}>
          {choices.map((choice, index) => (
            <label
              key={choice.value}
              className="choice"
              style={choice.depth ? { paddingLeft: `${choice.depth * 1.25}rem` } : undefined}
            >
              <input
                type="checkbox"
                name={name}
                value={choice.value}
                checked={values.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                aria-invalid={error && index === 0 ? true : undefined}
                aria-describedby={describedBy}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      )}
    </ChoiceGroupFrame>
  );
}

interface RadioGroupProps {
  id: string;
  name: string;
  legend: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
}

/** One choice of a few, all visible: radio buttons in a fieldset. */
export function RadioGroup(props: RadioGroupProps) {
  const { id, name, legend, choices, value, onChange, error, hint, required } = props;
  return (
    <ChoiceGroupFrame id={id} legend={legend} error={error} hint={hint} required={required}>
      {(describedBy) => (
        <div className="choices__list">
          {choices.map((choice, index) => (
            <label key={choice.value} className="choice">
              <input
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-invalid={error && index === 0 ? true : undefined}
                aria-describedby={describedBy}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      )}
    </ChoiceGroupFrame>
  );
}
