import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useCurrentTenant } from '../tenancy/useCurrentTenant';
import { CreateOrgUnitForm } from './CreateOrgUnitForm';
import { fetchOrgUnits, orgUnitsKey } from './orgUnits.api';
import { OrgUnitTree } from './OrgUnitTree';
import '../i18n/organisation';

const TREE_HEADING = 'org-tree-heading';

/** Organisation: the kommun's org-unit tree; strategists and admins can change it. */
export function OrgUnitsPage() {
  const { t } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  const tenant = useCurrentTenant();
  const code = tenant?.code ?? '';
  const canEdit = tenant?.canEdit ?? false;
  const [status, setStatus] = useState('');
  const units = useQuery({
    queryKey: orgUnitsKey(code),
    queryFn: () => fetchOrgUnits(code),
    enabled: code !== '',
  });

  return (
    <Page title={t('orgUnits.title')}>
      <p className="lead">{t('orgUnits.intro')}</p>
      {canEdit ? null : <p className="alert alert--info">{t('orgUnits.readOnly')}</p>}
      <p className="status-message" role="status">
        {status}
      </p>
      <div className={canEdit ? 'columns' : undefined}>
        <section className="columns__main" aria-labelledby={TREE_HEADING}>
          <h2 id={TREE_HEADING} tabIndex={-1}>
            {t('orgUnits.treeHeading')}
          </h2>
          {units.isPending ? <Loading /> : null}
          {units.isError ? (
            <>
              <ErrorAlert error={units.error} />
              <button type="button" className="button" onClick={() => void units.refetch()}>
                {tc('errors.retry')}
              </button>
            </>
          ) : null}
          {units.data?.length === 0 ? <p>{t('orgUnits.empty')}</p> : null}
          {units.data && units.data.length > 0 ? (
            <OrgUnitTree
              code={code}
              units={units.data}
              canEdit={canEdit}
              announce={setStatus}
              labelledBy={TREE_HEADING}
            />
          ) : null}
        </section>
        {canEdit && units.data ? (
          <div className="columns__side">
            <CreateOrgUnitForm
              code={code}
              units={units.data}
              onCreated={(unit) => setStatus(t('orgUnits.create.created', { name: unit.name }))}
            />
          </div>
        ) : null}
      </div>
    </Page>
  );
}
