import {
  createGoalSchema,
  goalNumbers,
  orderGoalTree,
  updateGoalSchema,
  type Goal,
} from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { siblingsOf, withDescendants } from './goal-tree';
import { createGoal, deleteGoal, planKey, updateGoal } from './plans.api';
import { staleCurrent } from './StaleNotice';
import '../i18n/plans';

interface GoalFormBase {
  code: string;
  planId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Changes to goals change progress roll-ups and goal names in the table: reload the plan. */
function useRefreshPlan(code: string, planId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: planKey(code, planId) });
}

/** Nytt mål / Nytt delmål (parent given) or Ändra mål (goal given): title and description. */
export function GoalForm({
  code,
  planId,
  goal,
  parent,
  onDone,
  onCancel,
}: GoalFormBase & { goal?: Goal; parent?: Goal | null }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const refresh = useRefreshPlan(code, planId);
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const schema = goal ? updateGoalSchema : createGoalSchema;
  const validation = useFormValidation(
    schema,
    goal
      ? { title, description, version: goal.version }
      : { title, description, parentId: parent?.id ?? null },
  );

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const save = useMutation({
    mutationFn: async (input: Record<string, unknown>) =>
      goal
        ? updateGoal(code, planId, goal.id, input as Parameters<typeof updateGoal>[3])
        : createGoal(code, planId, input as Parameters<typeof createGoal>[2]),
    onSuccess: async (saved) => {
      await refresh();
      onDone(
        goal
          ? t('plans.goals.saved', { title: saved.title })
          : t('plans.goals.created', { title: saved.title }),
      );
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });
  const stale = staleCurrent<Goal>(save.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) save.mutate(input);
  };

  const idPrefix = goal ? `goal-${goal.id}` : `new-goal-${parent?.id ?? 'top'}`;
  const heading = goal
    ? t('plans.goals.editHeading', { title: goal.title })
    : parent
      ? t('plans.goals.createChildHeading', { title: parent.title })
      : t('plans.goals.createHeading');
  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${idPrefix}-heading`}
    >
      <h3 id={`${idPrefix}-heading`}>{heading}</h3>
      {stale ? (
        <div className="alert alert--warning" role="alert">
          <p>{t('plans.goals.stale', { title: stale.title })}</p>
          <button type="button" className="button" onClick={() => void refresh().then(onCancel)}>
            {tc('conflict.reload')}
          </button>
        </div>
      ) : (
        <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      )}
      <TextField
        id={`${idPrefix}-title`}
        name="title"
        label={t('plans.fields.title')}
        required
        autoComplete="off"
        value={title}
        onChange={setTitle}
        error={validation.errorFor('title')}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        name="description"
        label={t('plans.fields.description')}
        rows={3}
        value={description}
        onChange={setDescription}
        error={validation.errorFor('description')}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending
            ? t('plans.goals.saving')
            : goal
              ? t('plans.goals.save')
              : t('plans.goals.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Flytta mål: under another goal (not itself or its own sub-goals), or to the top level. */
export function MoveGoalForm({
  code,
  planId,
  goal,
  goals,
  onDone,
  onCancel,
}: GoalFormBase & { goal: Goal; goals: readonly Goal[] }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const refresh = useRefreshPlan(code, planId);
  const formRef = useRef<HTMLFormElement>(null);
  const [parentId, setParentId] = useState(goal.parentId ?? '');
  const [unchanged, setUnchanged] = useState(false);
  const validation = useFormValidation(updateGoalSchema, {
    parentId: parentId || null,
    version: goal.version,
  });
  const blocked = withDescendants(goals, goal.id);
  const numbers = goalNumbers(goals);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);

  const move = useMutation({
    mutationFn: (input: Parameters<typeof updateGoal>[3]) =>
      updateGoal(code, planId, goal.id, input),
    onSuccess: async (saved) => {
      await refresh();
      onDone(t('plans.goals.moved', { title: saved.title }));
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = parentId || null;
    setUnchanged(target === goal.parentId);
    if (target === goal.parentId) return;
    const input = validation.validate(formRef.current);
    // Placed last among its new siblings.
    const last = goals.filter((g) => g.parentId === target).map((g) => g.position);
    if (input) move.mutate({ ...input, position: last.length ? Math.max(...last) + 1 : 0 });
  };

  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`move-goal-${goal.id}-heading`}
    >
      <h3 id={`move-goal-${goal.id}-heading`}>
        {t('plans.goals.moveHeading', { title: goal.title })}
      </h3>
      <ErrorAlert error={move.error} extra={validation.otherServerIssues} />
      <SelectField
        id={`move-goal-${goal.id}-parent`}
        name="parentId"
        label={t('plans.goals.newParent')}
        value={parentId}
        onChange={(value) => {
          setParentId(value);
          setUnchanged(false);
        }}
        error={unchanged ? t('plans.goals.unchanged') : validation.errorFor('parentId')}
      >
        <option value="">{t('plans.goals.topLevel')}</option>
        {orderGoalTree(goals)
          .filter((g) => !blocked.has(g.id))
          .map((g) => (
            <option key={g.id} value={g.id}>
              {numbers.get(g.id)} {g.title}
            </option>
          ))}
      </SelectField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={move.isPending}>
          {move.isPending ? t('plans.goals.moving') : t('plans.goals.move')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Ta bort mål: asks first; the API refuses (409) while sub-goals remain. */
export function DeleteGoal({
  code,
  planId,
  goal,
  onDone,
  onCancel,
}: GoalFormBase & { goal: Goal }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const refresh = useRefreshPlan(code, planId);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const remove = useMutation({
    mutationFn: () => deleteGoal(code, planId, goal.id),
    onSuccess: async () => {
      await refresh();
      onDone(t('plans.goals.deleted', { title: goal.title }));
    },
  });
  const headingId = `delete-goal-${goal.id}-heading`;
  return (
    <section className="panel panel--danger" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plans.goals.deleteHeading', { title: goal.title })}</h3>
      <p>{t('plans.goals.deleteConfirm')}</p>
      <ErrorAlert error={remove.error} />
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          onClick={() => remove.mutate()}
          disabled={remove.isPending}
        >
          {remove.isPending ? t('plans.goals.deleting') : t('plans.goals.delete')}
        </button>
        <button type="button" className="button" ref={cancelRef} onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </section>
  );
}

/** Moves a goal one step up or down among its siblings, renumbering them 0, 1, 2 … */
export async function reorderGoal(
  code: string,
  planId: string,
  goals: readonly Goal[],
  goal: Goal,
  step: -1 | 1,
): Promise<void> {
  const siblings = siblingsOf(goals, goal);
  const from = siblings.findIndex((g) => g.id === goal.id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= siblings.length) return;
  const order = [...siblings];
  [order[from], order[to]] = [order[to] as Goal, order[from] as Goal];
  for (const [position, sibling] of order.entries()) {
    if (sibling.position === position) continue;
    await updateGoal(code, planId, sibling.id, { version: sibling.version, position });
  }
}
