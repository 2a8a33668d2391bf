import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef } from 'react';
import { type Output, type Schema, useFormValidation, type Values } from './useFormValidation';

interface Options<S extends Schema, R> {
  /** The schema the API validates the body with (@samla/domain). */
  schema: S;
  /** The form's values as the schema reads them (empty choices as null, …). */
  values: Values;
  /** Sends the parsed input; only called when the schema accepts it. */
  mutationFn: (input: Output<S>) => Promise<R>;
  onSuccess?: (result: R, input: Output<S>) => void;
  /** A create form starts over after a save: its old errors must not show on the next try. */
  resetOnSuccess?: boolean;
}

/**
 * The submit path every admin form shares: validate with the API's own schema and focus the
 * first invalid field, send, and put the API's 400 field issues next to their fields (focusing
 * the first one). The form's `error` is the mutation's: a 409 stale_version shows through
 * `staleCurrent(form.mutation.error)`, anything else through `<ErrorAlert>`.
 */
export function useValidatedMutation<S extends Schema, R>(options: Options<S, R>) {
  const { schema, values, mutationFn, onSuccess, resetOnSuccess = false } = options;
  // The form last submitted, to focus the first field the API's issues name. Kept from the
  // submit event rather than handed out: a ref in the returned object would make the whole
  // object a ref to React's compiler, and reading it during render is not allowed.
  const formRef = useRef<HTMLFormElement | null>(null);
  const validation = useFormValidation(schema, values);
  const mutation = useMutation({
    mutationFn,
    onSuccess: (result: R, input: Output<S>) => {
      if (resetOnSuccess) validation.reset();
      onSuccess?.(result, input);
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    formRef.current = event.currentTarget;
    const input = validation.validate(event.currentTarget);
    if (input) mutation.mutate(input);
  };

  return {
    onSubmit,
    mutation,
    errorFor: validation.errorFor,
    otherServerIssues: validation.otherServerIssues,
    /** Forgets errors and the failed call, e.g. after reloading what someone else saved. */
    reset() {
      validation.reset();
      mutation.reset();
    },
  };
}
