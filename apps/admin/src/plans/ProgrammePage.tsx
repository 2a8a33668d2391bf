import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useFormat } from './format';
import { ModelStepper } from './ModelStepper';
import { fetchProgramme, programmeKey } from './plans.api';
import { PlansNav } from './PlansNav';
import { ProgrammeForm } from './ProgrammeForm';
import { useOrgUnits, usePlanAccess } from './references';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

/**
 * Programmet: the kommun's "En kommun fri från våld" — vision, the violence types in scope,
 * who coordinates and steers, and which step of the model it is in. Editors change it.
 */
export function ProgrammePage() {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  const { code, canEdit } = usePlanAccess();
  const { units, unitName } = useOrgUnits(code);
  const programme = useQuery({
    queryKey: programmeKey(code),
    queryFn: () => fetchProgramme(code),
    enabled: code !== '',
  });
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const close = (message = '') => {
    returnFocus.current = true;
    setEditing(false);
    setStatus(message);
  };

  const data = programme.data;
  const none = t('plans.none');
  return (
    <>
      <PlansNav code={code} />
      <Page title={t('programme.title')}>
        <p className="lead">{t('programme.intro')}</p>
        {canEdit ? null : <p className="alert alert--info">{t('programme.readOnly')}</p>}
        <p className="status-message" role="status">
          {status}
        </p>
        {programme.isPending ? <Loading /> : null}
        <ErrorAlert error={programme.error} />
        {data ? (
          <>
            <h2>{t('programme.stepHeading')}</h2>
            <ModelStepper current={data.modelStep} />
            <section aria-labelledby="programme-facts">
              <div className="section-head">
                <h2 id="programme-facts">{t('programme.factsHeading')}</h2>
                {canEdit ? (
                  <button
                    ref={editButton}
                    type="button"
                    className="button button--small"
                    aria-expanded={editing}
                    onClick={() => {
                      setStatus('');
                      setEditing((open) => !open);
                    }}
                  >
                    {t('programme.edit')}
                  </button>
                ) : null}
              </div>
              {editing ? (
                <ProgrammeForm
                  code={code}
                  programme={data}
                  units={units}
                  announce={setStatus}
                  onCancel={() => close()}
                  onSaved={() => close(t('programme.saved'))}
                />
              ) : (
                <dl className="facts facts--wide">
                  <div className="facts__row">
                    <dt>{t('programme.vision')}</dt>
                    <dd className="facts__text">{data.vision ?? t('programme.noVision')}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>{t('programme.violenceTypes')}</dt>
                    <dd>
                      {data.violenceTypes.length > 0 ? (
                        <ul className="plain-list">
                          {data.violenceTypes.map((v) => (
                            <li key={v}>{labels.violenceType[v]}</li>
                          ))}
                        </ul>
                      ) : (
                        none
                      )}
                    </dd>
                  </div>
                  <div className="facts__row">
                    <dt>{t('programme.coordinatingUnit')}</dt>
                    <dd>{unitName(data.coordinatingUnitId) ?? none}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>{t('programme.steeringGroup')}</dt>
                    <dd>
                      {data.steeringGroupUnitIds.length > 0 ? (
                        <ul className="plain-list">
                          {data.steeringGroupUnitIds.map((id) => (
                            <li key={id}>{unitName(id) ?? id}</li>
                          ))}
                        </ul>
                      ) : (
                        none
                      )}
                    </dd>
                  </div>
                  <div className="facts__row">
                    <dt>{t('programme.modelStep')}</dt>
                    <dd>{labels.modelStep[data.modelStep]}</dd>
                  </div>
                </dl>
              )}
              {data.updatedAt ? (
                <p className="muted">
                  {t('programme.updatedAt', { when: format.dateTime(data.updatedAt) })}
                </p>
              ) : (
                <p className="muted">{t('programme.neverSaved')}</p>
              )}
            </section>
          </>
        ) : null}
      </Page>
    </>
  );
}
