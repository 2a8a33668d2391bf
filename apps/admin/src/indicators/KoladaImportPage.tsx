import { type KoladaImportInput, type KoladaImportResult, koladaImportSchema } from '@samla/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { CheckboxGroup, TextField } from '../components/Field';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useFormValidation } from '../components/useFormValidation';
import { indicatorPath, indicatorsPath, useIndicatorAccess } from './access';
import { useIndicatorFormat, useIndicatorLabels, useIndicatorName } from './format';
import { catalogueKey, fetchCatalogue, importFromKolada, indicatorsKey } from './indicators.api';
import { IndicatorStyles } from './IndicatorStyles';
import '../i18n/indicators';

type Compare = 'region' | 'country';

const thisYear = new Date().getFullYear();

/** "N07, U00405" → the ids, in capitals. */
const idsOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((id) => id.trim().toUpperCase())
    .filter(Boolean);

function yearsBetween(from: string, to: string): number[] | undefined {
  if (!/^\d{4}$/.test(from.trim()) || !/^\d{4}$/.test(to.trim())) return undefined;
  const a = Number(from);
  const b = Number(to);
  if (b < a || b - a >= 100) return undefined;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/**
 * Import from Kolada: choose KPIs of the catalogue and years (and the län and the whole
 * country for comparison), see what would change, then import. A saved answer from Kolada
 * can be used instead of the live API.
 */
export function KoladaImportPage() {
  const { t } = useTranslation('indicators');
  const { code, canEdit } = useIndicatorAccess();
  const name = useIndicatorName();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const catalogue = useQuery({ queryKey: catalogueKey, queryFn: fetchCatalogue });
  const kpiChoices = (catalogue.data ?? [])
    .filter((p) => p.kind === 'kolada' && p.koladaId)
    .map((p) => ({ value: p.koladaId as string, label: `${p.koladaId} ${name(p)}` }));

  const [kpis, setKpis] = useState<string[]>([]);
  const [otherKpis, setOtherKpis] = useState('');
  const [yearFrom, setYearFrom] = useState(String(thisYear - 5));
  const [yearTo, setYearTo] = useState(String(thisYear - 1));
  const [compareWith, setCompareWith] = useState<Compare[]>(['region', 'country']);
  const [data, setData] = useState<KoladaImportInput['data'] | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [preview, setPreview] = useState<{
    input: KoladaImportInput;
    result: KoladaImportResult;
  } | null>(null);
  const [done, setDone] = useState<KoladaImportResult | null>(null);

  const allKpis = [...new Set([...kpis, ...idsOf(otherKpis)])];
  const years = yearsBetween(yearFrom, yearTo);
  const validation = useFormValidation(koladaImportSchema, {
    kpis: allKpis,
    years,
    compareWith,
    dryRun: true,
    ...(data ? { data } : {}),
  });
  const yearsMessage = validation.errorFor('years');
  // "År måste anges" would mislead when the years are there but not a range: say what is wrong.
  const yearsError =
    yearsMessage && (yearFrom.trim() || yearTo.trim()) ? t('kolada.yearsInvalid') : yearsMessage;
  const kpiError =
    validation.errorFor('kpis') ??
    allKpis.map((_, i) => validation.errorFor(`kpis.${i}`)).find(Boolean);

  const run = useMutation({
    mutationFn: (input: KoladaImportInput) => importFromKolada(code, input),
  });

  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const input = validation.validate(formRef.current);
    if (!input) return;
    run.mutate(input, {
      onSuccess: (result) => {
        flushSync(() => setPreview({ input, result }));
        previewRef.current?.focus();
      },
      onError: (error) => validation.showServerIssues(error, formRef.current),
    });
  };

  const onConfirm = () => {
    if (!preview) return;
    run.mutate(
      { ...preview.input, dryRun: false },
      {
        onSuccess: (result) => {
          void queryClient.invalidateQueries({ queryKey: indicatorsKey(code) });
          flushSync(() => {
            setPreview(null);
            setDone(result);
          });
          doneRef.current?.focus();
        },
      },
    );
  };

  const onFile = async (file: File | undefined) => {
    setFileError(undefined);
    if (!file) {
      setData(undefined);
      return;
    }
    try {
      setData(JSON.parse(await file.text()) as KoladaImportInput['data']);
    } catch {
      setData(undefined);
      setFileError(t('kolada.fileInvalid'));
    }
  };

  return (
    <Page title={t('kolada.title')}>
      <IndicatorStyles />
      <p className="breadcrumb">
        <Link to={indicatorsPath(code)}>{t('page.back')}</Link>
      </p>
      <p className="lead">{t('kolada.intro')}</p>
      {!canEdit ? <p className="alert alert--info">{t('kolada.readOnly')}</p> : null}
      {canEdit && !preview ? (
        <form
          ref={formRef}
          className="form form--wide"
          onSubmit={onPreview}
          noValidate
          aria-label={t('kolada.formLabel')}
        >
          <ErrorAlert error={run.error} extra={validation.otherServerIssues} />
          {catalogue.isPending ? <Loading /> : null}
          {kpiChoices.length > 0 ? (
            <CheckboxGroup
              id="kolada-kpis"
              name="kpis"
              legend={t('kolada.kpis')}
              hint={t('kolada.kpisHint')}
              choices={kpiChoices}
              values={kpis}
              onChange={setKpis}
              error={kpiError}
            />
          ) : catalogue.data ? (
            <p className="alert alert--info">{t('kolada.noCatalogue')}</p>
          ) : null}
          <TextField
            id="kolada-other"
            name="otherKpis"
            label={t('kolada.otherKpis')}
            hint={t('kolada.otherKpisHint')}
            value={otherKpis}
            onChange={setOtherKpis}
            error={kpiChoices.length === 0 ? kpiError : undefined}
            autoComplete="off"
          />
          <fieldset className="field choices">
            <legend className="field__label">{t('kolada.years')}</legend>
            <div className="ind-form-grid">
              <TextField
                id="kolada-from"
                name="years"
                label={t('kolada.yearFrom')}
                value={yearFrom}
                onChange={setYearFrom}
                error={yearsError}
                inputMode="numeric"
                className="field__control--short"
              />
              <TextField
                id="kolada-to"
                name="yearTo"
                label={t('kolada.yearTo')}
                value={yearTo}
                onChange={setYearTo}
                inputMode="numeric"
                className="field__control--short"
              />
            </div>
          </fieldset>
          <CheckboxGroup
            id="kolada-compare"
            name="compareWith"
            legend={t('kolada.compareWith')}
            choices={[
              { value: 'region', label: t('kolada.region') },
              { value: 'country', label: t('kolada.country') },
            ]}
            values={compareWith}
            onChange={(values) => setCompareWith(values as Compare[])}
          />
          <div className={fileError ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor="kolada-file">
              {t('kolada.file')}
            </label>
            <p className="field__hint" id="kolada-file-hint">
              {t('kolada.fileHint')}
            </p>
            {fileError ? (
              <p className="field__error" id="kolada-file-error">
                {fileError}
              </p>
            ) : null}
            <input
              id="kolada-file"
              type="file"
              accept="application/json,.json"
              aria-describedby={
                fileError ? 'kolada-file-hint kolada-file-error' : 'kolada-file-hint'
              }
              aria-invalid={fileError ? true : undefined}
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={run.isPending}>
              {run.isPending ? t('kolada.previewing') : t('kolada.preview')}
            </button>
          </div>
        </form>
      ) : null}
      {preview ? (
        <section aria-labelledby="kolada-preview-heading">
          <h2 id="kolada-preview-heading" ref={previewRef} tabIndex={-1}>
            {t('kolada.previewHeading')}
          </h2>
          <ImportSummary result={preview.result} />
          <ErrorAlert error={run.error} />
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={onConfirm}
              disabled={run.isPending}
            >
              {run.isPending ? t('kolada.importing') : t('kolada.confirm')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setPreview(null)}
              disabled={run.isPending}
            >
              {t('kolada.back')}
            </button>
          </div>
        </section>
      ) : null}
      {done ? (
        <section aria-labelledby="kolada-done-heading">
          <h2 id="kolada-done-heading" ref={doneRef} tabIndex={-1}>
            {t('kolada.doneHeading')}
          </h2>
          <ImportSummary result={done} code={code} />
        </section>
      ) : null}
    </Page>
  );
}

/** What an import did (or, in a preview, would do): counts, indicators and the changed figures. */
function ImportSummary({ result, code }: { result: KoladaImportResult; code?: string }) {
  const { t } = useTranslation('indicators');
  const labels = useIndicatorLabels();
  const format = useIndicatorFormat();
  const side = (s: KoladaImportResult['changes'][number]['before']) => {
    if (!s) return <span className="muted">{t('kolada.nothing')}</span>;
    const text =
      s.state === 'value' && s.value !== null
        ? format.number(s.value)
        : s.state === 'missing'
          ? t('table.missing')
          : t('table.suppressed');
    return s.sourceStatus ? `${text} (${s.sourceStatus})` : text;
  };
  return (
    <>
      <p>
        {t(result.from === 'file' ? 'kolada.fromFile' : 'kolada.fromKolada', {
          requests: result.requests,
        })}
      </p>
      <dl className="facts">
        <dt>{t('kolada.received')}</dt>
        <dd>{format.number(result.received)}</dd>
        <dt>{t(result.dryRun ? 'kolada.wouldCreate' : 'kolada.created')}</dt>
        <dd>{format.number(result.created)}</dd>
        <dt>{t(result.dryRun ? 'kolada.wouldUpdate' : 'kolada.updated')}</dt>
        <dd>{format.number(result.updated)}</dd>
        <dt>{t('kolada.unchanged')}</dt>
        <dd>{format.number(result.unchanged)}</dd>
        <dt>{t('kolada.ignored')}</dt>
        <dd>{format.number(result.ignored)}</dd>
      </dl>
      {result.indicators.length > 0 ? (
        <ul className="plain-list">
          {result.indicators.map((i) => (
            <li key={i.kpi}>
              {code && i.indicatorId ? (
                <Link to={indicatorPath(code, i.indicatorId)}>{i.kpi}</Link>
              ) : (
                i.kpi
              )}
              {i.followed
                ? ` – ${t(result.dryRun ? 'kolada.willFollow' : 'kolada.nowFollowed')}`
                : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {result.changes.length === 0 ? (
        <p>{t('kolada.noChanges')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--wide">
            <caption>{t('kolada.changesCaption', { count: result.changes.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kolada.kpi')}</th>
                <th scope="col">{t('kolada.area')}</th>
                <th scope="col">{t('kolada.year')}</th>
                <th scope="col">{t('kolada.gender')}</th>
                <th scope="col" className="table__number">
                  {t('kolada.before')}
                </th>
                <th scope="col" className="table__number">
                  {t('kolada.after')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.changes.map((c) => (
                <tr key={`${c.kpi}-${c.area}-${c.period}-${c.gender}`}>
                  <th scope="row">{c.kpi}</th>
                  <td>{labels.area[c.area]}</td>
                  <td>{c.period}</td>
                  <td>{labels.gender[c.gender]}</td>
                  <td className="table__number">{side(c.before)}</td>
                  <td className="table__number">{side(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
