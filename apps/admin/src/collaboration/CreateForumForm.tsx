import { CADENCE_UNITS, createForumSchema, FORUM_KINDS, type Forum } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { parseWhole } from '../plans/format';
import { useOrgUnits } from '../plans/references';
import { UnitOptions } from '../plans/UnitOptions';
import { forumPath } from './access';
import { createForum, forumsKey } from './collaboration.api';

const EMPTY = {
  name: '',
  kind: '',
  purpose: '',
  conveningUnitId: '',
  cadenceCount: '',
  cadenceUnit: 'term',
  activeFrom: '',
};
type Draft = typeof EMPTY;

/** Nytt samverkansforum: name, kind, purpose, convening unit and the cadence it promises. */
export function CreateForumForm({ code }: { code: string }) {
  const { t } = useTranslation('collaboration');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { units } = useOrgUnits(code);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const count = parseWhole(draft.cadenceCount);
  const validation = useFormValidation(createForumSchema, {
    name: draft.name,
    kind: draft.kind,
    purpose: draft.purpose,
    conveningUnitId: draft.conveningUnitId || null,
    cadence: count === null ? null : { unit: draft.cadenceUnit, count },
    activeFrom: draft.activeFrom || null,
  });

  const create = useMutation({
    mutationFn: (input: Parameters<typeof createForum>[1]) => createForum(code, input),
    onSuccess: (forum: Forum) => {
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      void navigate(forumPath(code, forum.id));
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) create.mutate(input);
  };

  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('forums.create.heading')}</h2>
      <ErrorAlert error={create.error} extra={validation.otherServerIssues} />
      <TextField
        id="forum-name"
        name="name"
        label={t('forums.create.name')}
        value={draft.name}
        onChange={set('name')}
        error={validation.errorFor('name')}
        required
        autoComplete="off"
      />
      <SelectField
        id="forum-kind"
        name="kind"
        label={t('forums.create.kind')}
        value={draft.kind}
        onChange={set('kind')}
        error={validation.errorFor('kind')}
        required
      >
        <option value="">{t('forums.create.kindPlaceholder')}</option>
        {FORUM_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="forum-purpose"
        name="purpose"
        label={t('forums.create.purpose')}
        value={draft.purpose}
        onChange={set('purpose')}
        error={validation.errorFor('purpose')}
        rows={3}
      />
      <SelectField
        id="forum-conveningUnitId"
        name="conveningUnitId"
        label={t('forums.create.conveningUnit')}
        value={draft.conveningUnitId}
        onChange={set('conveningUnitId')}
        error={validation.errorFor('conveningUnitId')}
      >
        <UnitOptions units={units} empty={t('forums.create.noUnit')} />
      </SelectField>
      <div className="field-row">
        <TextField
          id="forum-cadence-count"
          name="cadence.count"
          label={t('forums.create.cadenceCount')}
          value={draft.cadenceCount}
          onChange={set('cadenceCount')}
          error={validation.errorFor('cadence.count') ?? validation.errorFor('cadence')}
          className="field__control--short"
          inputMode="numeric"
          autoComplete="off"
        />
        <SelectField
          id="forum-cadence-unit"
          name="cadence.unit"
          label={t('forums.create.cadenceUnit')}
          value={draft.cadenceUnit}
          onChange={set('cadenceUnit')}
        >
          {CADENCE_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`cadence.units.${unit}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        id="forum-activeFrom"
        name="activeFrom"
        type="date"
        label={t('forums.create.activeFrom')}
        hint={t('forums.create.activeFromHint')}
        value={draft.activeFrom}
        onChange={set('activeFrom')}
        error={validation.errorFor('activeFrom')}
        className="field__control--short"
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('forums.create.submitting') : t('forums.create.submit')}
        </button>
      </div>
    </form>
  );
}
