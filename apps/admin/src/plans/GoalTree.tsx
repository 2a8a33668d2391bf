import type { ActionPlanDetail, Goal } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormat } from './format';
import { buildGoalTree, type GoalNode } from './goal-tree';
import { DeleteGoal, GoalForm, MoveGoalForm, reorderGoal } from './GoalForms';
import { planKey } from './plans.api';
import { IndicatorLinksPanel } from '../indicators/IndicatorLinksPanel';
import { ProgressBar } from './ProgressBar';
import '../i18n/plans';

type Action = 'edit' | 'add' | 'move' | 'delete' | 'links';
type Active = { goalId: string | null; action: Action } | null;

interface GoalTreeProps {
  code: string;
  plan: ActionPlanDetail;
  editable: boolean;
  announce: (message: string) => void;
}

const HEADING_ID = 'goals-heading';
const actionId = (goalId: string | null, action: Action | 'up' | 'down') =>
  `goal-${goalId ?? 'top'}-${action}`;

/**
 * Mål och delmål as nested lists with outline numbers and each goal's progress (its own and
 * its sub-goals' activities). Editors add, rename, move, reorder and delete goals; the chosen
 * action opens under the goal, and focus returns to its button afterwards.
 */
export function GoalTree({ code, plan, editable, announce }: GoalTreeProps) {
  const { t } = useTranslation('plans');
  const queryClient = useQueryClient();
  const [active, setActive] = useState<Active>(null);
  // Where focus goes after an action: the first of these ids that is on the page.
  const focusAfter = useRef<string[]>([]);
  const nodes = useMemo(
    () => buildGoalTree(plan.goals, plan.activities),
    [plan.goals, plan.activities],
  );

  useEffect(() => {
    const element = focusAfter.current
      .map((id) => document.getElementById(id))
      .find((e): e is HTMLElement => e !== null && !(e as HTMLButtonElement).disabled);
    if (element) {
      focusAfter.current = [];
      element.focus();
    }
  });

  const close = (focusId: string, message = '') => {
    focusAfter.current = [focusId];
    setActive(null);
    if (message) announce(message);
  };

  const reorder = useMutation({
    mutationFn: ({ goal, step }: { goal: Goal; step: -1 | 1 }) =>
      reorderGoal(code, plan.id, plan.goals, goal, step),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKey(code, plan.id) }),
    onSuccess: (_, { goal, step }) => {
      // The button pressed is gone once the goal reaches the edge: then the other one.
      const [same, other] = step < 0 ? (['up', 'down'] as const) : (['down', 'up'] as const);
      focusAfter.current = [actionId(goal.id, same), actionId(goal.id, other)];
      announce(
        step < 0
          ? t('plans.goals.movedUp', { title: goal.title })
          : t('plans.goals.movedDown', { title: goal.title }),
      );
    },
  });

  const panel = (goal: GoalNode | null, action: Action): ReactNode => {
    const base = { code, planId: plan.id };
    const back = actionId(goal?.id ?? null, action);
    switch (action) {
      case 'add':
        return (
          <GoalForm
            {...base}
            parent={goal}
            onCancel={() => close(back)}
            onDone={(message) => close(back, message)}
          />
        );
      case 'edit':
        return goal ? (
          <GoalForm
            {...base}
            goal={goal}
            onCancel={() => close(back)}
            onDone={(message) => close(back, message)}
          />
        ) : null;
      case 'move':
        return goal ? (
          <MoveGoalForm
            {...base}
            goal={goal}
            goals={plan.goals}
            onCancel={() => close(back)}
            onDone={(message) => close(back, message)}
          />
        ) : null;
      case 'links':
        // Agenda 2030 targets and indicators the goal works towards (issue #4's links).
        return goal ? (
          <IndicatorLinksPanel code={code} kind="goal" id={goal.id} headingLevel={3} canEdit />
        ) : null;
      case 'delete':
        return goal ? (
          <DeleteGoal
            {...base}
            goal={goal}
            onCancel={() => close(back)}
            onDone={(message) => close(HEADING_ID, message)}
          />
        ) : null;
    }
  };

  const toggle = (goalId: string | null, action: Action) => {
    announce('');
    setActive((now) =>
      now?.goalId === goalId && now.action === action ? null : { goalId, action },
    );
  };

  const context: ListContext = {
    editable,
    active,
    toggle,
    panel,
    reorder: (goal, step) => reorder.mutate({ goal, step }),
    busy: reorder.isPending,
  };

  return (
    <section aria-labelledby={HEADING_ID}>
      <div className="section-head">
        <h2 id={HEADING_ID} tabIndex={-1}>
          {t('plans.goals.heading')}
        </h2>
        {editable ? (
          <button
            id={actionId(null, 'add')}
            type="button"
            className="button button--small"
            aria-expanded={active?.goalId === null && active.action === 'add'}
            onClick={() => toggle(null, 'add')}
          >
            {t('plans.goals.new')}
          </button>
        ) : null}
      </div>
      {active?.goalId === null ? panel(null, active.action) : null}
      <ErrorAlert error={reorder.error} />
      {nodes.length === 0 ? (
        <p>{t('plans.goals.empty')}</p>
      ) : (
        <GoalList nodes={nodes} context={context} labelledBy={HEADING_ID} />
      )}
    </section>
  );
}

interface ListContext {
  editable: boolean;
  active: Active;
  toggle: (goalId: string | null, action: Action) => void;
  panel: (goal: GoalNode, action: Action) => ReactNode;
  reorder: (goal: Goal, step: -1 | 1) => void;
  busy: boolean;
}

function GoalList(props: { nodes: GoalNode[]; context: ListContext; labelledBy?: string }) {
  const { nodes, context, labelledBy } = props;
  return (
    <ol className="goal-tree" aria-labelledby={labelledBy}>
      {nodes.map((node, index) => (
        <GoalItem
          key={node.id}
          node={node}
          first={index === 0}
          last={index === nodes.length - 1}
          context={context}
        />
      ))}
    </ol>
  );
}

interface GoalItemProps {
  node: GoalNode;
  first: boolean;
  last: boolean;
  context: ListContext;
}

function GoalItem({ node, first, last, context }: GoalItemProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const open = context.active?.goalId === node.id ? context.active.action : null;
  const named = { title: node.title };
  const button = (action: Action, label: string, name: string) => (
    <button
      id={actionId(node.id, action)}
      type="button"
      className="button button--small"
      aria-label={name}
      aria-expanded={open === action}
      onClick={() => context.toggle(node.id, action)}
    >
      {label}
    </button>
  );
  const stepButton = (step: -1 | 1) => (
    <button
      id={actionId(node.id, step < 0 ? 'up' : 'down')}
      type="button"
      className="button button--small button--icon"
      aria-label={step < 0 ? t('plans.goals.upLabel', named) : t('plans.goals.downLabel', named)}
      disabled={context.busy}
      onClick={() => context.reorder(node, step)}
    >
      <span aria-hidden="true">{step < 0 ? '↑' : '↓'}</span>
    </button>
  );

  return (
    <li className="goal-tree__item">
      <div className="goal-node">
        <span className="goal-node__number">{node.number}</span>
        <span className="goal-node__title">{node.title}</span>
        <span className="goal-node__count">
          {t('plans.goals.activityCount', {
            count: node.activityCount,
            formatted: format.number(node.activityCount),
          })}
        </span>
        <span className="goal-node__progress">
          <ProgressBar value={node.progress} />
        </span>
        {context.editable ? (
          <span
            className="goal-node__actions"
            role="group"
            aria-label={t('plans.goals.actionsLabel', { title: node.title })}
          >
            {button('edit', t('plans.goals.edit'), t('plans.goals.editLabel', named))}
            {button('add', t('plans.goals.addChild'), t('plans.goals.addChildLabel', named))}
            {button('move', t('plans.goals.moveShort'), t('plans.goals.moveLabel', named))}
            {button('links', t('plans.goals.links'), t('plans.goals.linksLabel', named))}
            {first ? null : stepButton(-1)}
            {last ? null : stepButton(1)}
            {button('delete', t('plans.goals.deleteShort'), t('plans.goals.deleteLabel', named))}
          </span>
        ) : null}
      </div>
      {node.description ? <p className="goal-node__description">{node.description}</p> : null}
      {open ? context.panel(node, open) : null}
      {node.children.length > 0 ? <GoalList nodes={node.children} context={context} /> : null}
    </li>
  );
}
