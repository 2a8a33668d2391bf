import { ERROR_MESSAGES } from '@samla/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../components/ErrorAlert';
import { useLanguage } from '../i18n/useLanguage';
import { type ActivityImport, uploadImport } from './transfer.api';
import '../i18n/plans';

interface ImportChooseFileProps {
  code: string;
  planId: string;
  onPreview: (preview: ActivityImport) => void;
}

/** Step 1: a spreadsheet exported from Samla (.xlsx or .csv), uploaded for a preview. */
export function ImportChooseFile({ code, planId, onPreview }: ImportChooseFileProps) {
  const { t } = useTranslation('plans');
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadImport(code, planId, chosen),
    onSuccess: onPreview,
    onError: () => inputRef.current?.focus(),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    upload.mutate(file);
  };

  // A file the API cannot read is a problem with this field: say so next to it.
  const error = missing
    ? ERROR_MESSAGES[language].file_missing
    : upload.error
      ? errorMessage(upload.error)
      : undefined;
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <p>{t('plans.import.intro')}</p>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor="import-file">
          {t('plans.import.file')}
        </label>
        <p className="field__hint" id="import-file-hint">
          {t('plans.import.fileHint')}
        </p>
        {error ? (
          <p className="field__error" id="import-file-error" role="alert">
            {error}
          </p>
        ) : null}
        <input
          ref={inputRef}
          id="import-file"
          name="file"
          type="file"
          className="field__control"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'import-file-hint import-file-error' : 'import-file-hint'}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setMissing(false);
            upload.reset();
          }}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={upload.isPending}>
          {upload.isPending ? t('plans.import.uploading') : t('plans.import.upload')}
        </button>
      </div>
    </form>
  );
}
