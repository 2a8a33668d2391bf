import { buildOrgUnitTree, type OrgUnit, type OrgUnitNode } from '@samla/domain';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteOrgUnit } from './DeleteOrgUnit';
import { EditOrgUnitForm } from './EditOrgUnitForm';
import { MoveOrgUnitForm } from './MoveOrgUnitForm';
import '../i18n/organisation';

type Action = 'edit' | 'move' | 'delete';

interface OrgUnitTreeProps {
  code: string;
  units: readonly OrgUnit[];
  canEdit: boolean;
  /** Status messages for the page's live region. */
  announce: (message: string) => void;
  /** The id of the element that labels the tree. */
  labelledBy: string;
}

/**
 * The organisation as nested lists (screen readers announce each list's level and size).
 * Editors get Ändra / Flytta / Ta bort on each unit; the chosen action opens below it.
 */
export function OrgUnitTree({ code, units, canEdit, announce, labelledBy }: OrgUnitTreeProps) {
  const { t } = useTranslation('organisation');
  const [active, setActive] = useState<{ id: string; action: Action } | null>(null);
  const focusAfterRender = useRef<string | null>(null);

  // After an action closes, put focus back where the user was (or on the tree's heading).
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    const element = document.getElementById(id);
    if (element) {
      focusAfterRender.current = null;
      element.focus();
    }
  });

  const close = (focusId: string, message?: string) => {
    focusAfterRender.current = focusId;
    setActive(null);
    if (message) announce(message);
  };

  const actions: ItemActions = {
    active,
    open: (id, action) => {
      announce(''); // an old "har sparats" should not linger over a new action
      setActive((now) => (now?.id === id && now.action === action ? null : { id, action }));
    },
    renderPanel: (unit, action) => {
      const cancel = () => close(buttonId(unit.id, action));
      switch (action) {
        case 'edit':
          return (
            <EditOrgUnitForm
              code={code}
              unit={unit}
              units={units}
              announce={announce}
              onCancel={cancel}
              onSaved={(saved) =>
                close(buttonId(unit.id, 'edit'), t('orgUnits.edit.saved', { name: saved.name }))
              }
            />
          );
        case 'move':
          return (
            <MoveOrgUnitForm
              code={code}
              unit={unit}
              units={units}
              announce={announce}
              onCancel={cancel}
              onMoved={(moved) =>
                close(buttonId(unit.id, 'move'), t('orgUnits.move.moved', { name: moved.name }))
              }
            />
          );
        case 'delete':
          return (
            <DeleteOrgUnit
              code={code}
              unit={unit}
              onCancel={cancel}
              onDeleted={(deleted) =>
                close(labelledBy, t('orgUnits.delete.deleted', { name: deleted.name }))
              }
            />
          );
      }
    },
  };

  return (
    <UnitList
      nodes={buildOrgUnitTree(units)}
      canEdit={canEdit}
      actions={actions}
      labelledBy={labelledBy}
    />
  );
}

interface ItemActions {
  active: { id: string; action: Action } | null;
  open: (id: string, action: Action) => void;
  renderPanel: (unit: OrgUnit, action: Action) => ReactNode;
}

const buttonId = (unitId: string, action: Action) => `org-unit-${unitId}-${action}`;

interface UnitListProps {
  nodes: OrgUnitNode[];
  canEdit: boolean;
  actions: ItemActions;
  labelledBy?: string;
}

function UnitList({ nodes, canEdit, actions, labelledBy }: UnitListProps) {
  return (
    <ul className="org-tree" aria-labelledby={labelledBy}>
      {nodes.map((node) => (
        <UnitItem key={node.id} node={node} canEdit={canEdit} actions={actions} />
      ))}
    </ul>
  );
}

function UnitItem({
  node,
  canEdit,
  actions,
}: {
  node: OrgUnitNode;
  canEdit: boolean;
  actions: ItemActions;
}) {
  const { t } = useTranslation('organisation');
  const { children, ...unit } = node;
  const openAction = actions.active?.id === unit.id ? actions.active.action : null;
  const actionButton = (action: Action) => (
    <button
      id={buttonId(unit.id, action)}
      type="button"
      className="button button--small"
      aria-label={t(`orgUnits.actions.${action}Label`, { name: unit.name })}
      aria-expanded={openAction === action}
      onClick={() => actions.open(unit.id, action)}
    >
      {t(`orgUnits.actions.${action}`)}
    </button>
  );

  return (
    <li className="org-tree__item">
      <div className="org-node">
        <span className="org-node__name">{unit.name}</span>
        {unit.shortName ? <span className="org-node__short">({unit.shortName})</span> : null}
        <span className="org-node__kind">{t(`orgUnits.kinds.${unit.kind}`)}</span>
        {canEdit ? (
          <span
            className="org-node__actions"
            role="group"
            aria-label={t('orgUnits.actions.label', { name: unit.name })}
          >
            {actionButton('edit')}
            {actionButton('move')}
            {actionButton('delete')}
          </span>
        ) : null}
      </div>
      {openAction ? actions.renderPanel(unit, openAction) : null}
      {children.length > 0 ? (
        <UnitList nodes={children} canEdit={canEdit} actions={actions} />
      ) : null}
    </li>
  );
}
