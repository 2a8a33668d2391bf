import type { Method } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { PlansNav } from '../plans/PlansNav';
import { usePlanAccess } from '../plans/references';
import { TemplateCard } from '../plans/TemplateCard';
import { type PlanLabels, usePlanLabels } from '../plans/usePlanLabels';
import { fetchMethods, fetchTemplates, METHODS_KEY, TEMPLATES_KEY } from './toolkit.api';
import '../i18n/plans';

/** Verktygslådan: the shared plan templates and the method catalogue, to read. */
export function ToolkitPage() {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const { code } = usePlanAccess();
  const templates = useQuery({ queryKey: TEMPLATES_KEY, queryFn: fetchTemplates });
  const methods = useQuery({ queryKey: METHODS_KEY, queryFn: fetchMethods });
  const collator = new Intl.Collator('sv');

  return (
    <>
      <PlansNav code={code} />
      <Page title={t('toolkit.title')}>
        <p className="lead">{t('toolkit.intro')}</p>
        <section aria-labelledby="toolkit-templates">
          <h2 id="toolkit-templates">{t('toolkit.templatesHeading')}</h2>
          {templates.isPending ? <Loading /> : null}
          <ErrorAlert error={templates.error} />
          {templates.data?.length === 0 ? <p>{t('toolkit.noTemplates')}</p> : null}
          {templates.data && templates.data.length > 0 ? (
            <ul className="cards" aria-labelledby="toolkit-templates">
              {templates.data.map((template) => (
                <TemplateCard key={template.id} template={template} />
              ))}
            </ul>
          ) : null}
        </section>
        <section aria-labelledby="toolkit-methods">
          <h2 id="toolkit-methods">{t('toolkit.methodsHeading')}</h2>
          {methods.isPending ? <Loading /> : null}
          <ErrorAlert error={methods.error} />
          {methods.data?.length === 0 ? <p>{t('toolkit.noMethods')}</p> : null}
          {methods.data && methods.data.length > 0 ? (
            <ul className="method-list" aria-labelledby="toolkit-methods">
              {[...methods.data]
                .sort((a, b) => collator.compare(a.name, b.name))
                .map((method) => (
                  <MethodItem key={method.id} method={method} labels={labels} />
                ))}
            </ul>
          ) : null}
        </section>
      </Page>
    </>
  );
}

function MethodItem({ method, labels }: { method: Method; labels: PlanLabels }) {
  const { t } = useTranslation('plans');
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : t('plans.none'));
  return (
    <li className="method">
      <h3 className="method__name">{method.name}</h3>
      <p>{method.description}</p>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('plans.fields.level')}</dt>
          <dd>{labels.level[method.level]}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('plans.fields.tier')}</dt>
          <dd>{labels.tier[method.tier]}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('plans.fields.targetGroups')}</dt>
          <dd>{list(method.targetGroups.map((g) => labels.targetGroup[g]))}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('plans.fields.violenceTypes')}</dt>
          <dd>{list(method.violenceTypes.map((v) => labels.violenceType[v]))}</dd>
        </div>
      </dl>
      {method.url ? (
        <p>
          <a href={method.url} rel="noopener noreferrer">
            {t('toolkit.readMore', { name: method.name })}
          </a>
        </p>
      ) : null}
    </li>
  );
}
