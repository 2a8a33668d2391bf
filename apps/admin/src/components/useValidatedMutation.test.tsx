import { describe, expect, it, jest } from '@jest/globals';
import { type FieldIssue, updateAssignmentSchema } from '@samla/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { staleCurrent, StaleNotice } from '../plans/StaleNotice';
import { ErrorAlert } from './ErrorAlert';
import { TextField } from './Field';
import { PanelForm } from './PanelForm';
import { SubmitButton } from './SubmitButton';
import { useValidatedMutation } from './useValidatedMutation';

type Send = (input: { version: number; title?: string | undefined }) => Promise<unknown>;

/** The smallest form the hook serves: one field, the error alert and the 409 notice. */
function TitleForm({ send }: { send: Send }) {
  const [title, setTitle] = useState('');
  const form = useValidatedMutation({
    schema: updateAssignmentSchema,
    values: { version: 3, title },
    mutationFn: send,
  });
  const current = staleCurrent<{ title: string }>(form.mutation.error);
  return (
    <PanelForm onSubmit={form.onSubmit} heading="Uppdrag">
      {current ? (
        <StaleNotice facts={[['Titel', current.title]]} onReload={form.reset} />
      ) : (
        <ErrorAlert error={form.mutation.error} extra={form.otherServerIssues} />
      )}
      <TextField
        id="title"
        name="title"
        label="Titel"
        value={title}
        onChange={setTitle}
        error={form.errorFor('title')}
      />
      <SubmitButton pending={form.mutation.isPending} label="Spara" />
    </PanelForm>
  );
}

function renderForm(send: Send) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={client}>
      <TitleForm send={send} />
    </QueryClientProvider>,
  );
  return { user, title: screen.getByRole('textbox', { name: 'Titel' }) };
}

describe('useValidatedMutation', () => {
  it('names the field of a validation error, focuses it and sends nothing', async () => {
    const send = jest.fn<Send>();
    const { user, title } = renderForm(send);
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Titel måste anges.');
    expect(title).toHaveFocus();
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the parsed input once the schema accepts it', async () => {
    const send = jest.fn<Send>().mockResolvedValue({});
    const { user, title } = renderForm(send);
    await user.type(title, 'Återrapportera');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toEqual({ version: 3, title: 'Återrapportera' });
  });

  it('puts a 400 field issue from the API on its field until the field is changed', async () => {
    const issue: FieldIssue = { field: 'title', code: 'too_long', message: 'Titeln är för lång.' };
    const send = jest.fn<Send>().mockRejectedValue(
      new ApiError(400, {
        code: 'validation_failed',
        message: 'Fel i formuläret',
        issues: [issue],
      }),
    );
    const { user, title } = renderForm(send);
    await user.type(title, 'Dubblett');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Titeln är för lång.')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Fel i formuläret');

    await user.type(title, 'x');
    expect(screen.queryByText('Titeln är för lång.')).not.toBeInTheDocument();
  });

  it('shows the stale notice for a 409 and forgets it on reload', async () => {
    const send = jest.fn<Send>().mockRejectedValue(
      new ApiError(409, {
        code: 'stale_version',
        message: 'Någon annan har sparat',
        current: { title: 'Deras titel' },
      }),
    );
    const { user, title } = renderForm(send);
    await user.type(title, 'Min titel');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Någon annan har ändrat detta');
    expect(notice).toHaveTextContent('Deras titel');

    await user.click(screen.getByRole('button', { name: 'Ladda om' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
