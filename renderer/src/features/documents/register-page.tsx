import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { DOCUMENT_KIND_LABELS, DocumentKind, REGISTER_SEARCH_MAX } from '../../../../shared/contract/documents';
import { useRead } from '../../api/hooks';
import { SelectField, TextField } from '../../components/fields';
import { usePageTitle } from '../../components/use-page-title';
import { Pager, pageShownText } from '../../components/pager';
import { FormFrame } from '../../forms/form-frame';
import { useFilterForm } from '../../forms/use-filter-form';
import { RegisterTable } from './register-table';

const KIND_OPTIONS = DocumentKind.options.map((value) => ({ value, label: DOCUMENT_KIND_LABELS[value] }));

/** Every document the app has issued, kept byte for byte, so the exact letter sent can be produced again. */
export function RegisterPage() {
  usePageTitle('Issued documents');
  // The filter in force and its page: a changed filter starts again at page 1.
  const [filter, setFilter] = useState<ChannelInput<'documents:register'>>({ page: 1 });
  const page = filter.page ?? 1;
  const register = useRead('documents:register', filter);
  const form = useFilterForm({
    channel: 'documents:register',
    live: true,
    initial: (): { search: string; kind: DocumentKind | '' } => ({ search: '', kind: '' }),
    toInput: (values) => ({ search: values.search.trim() || undefined, kind: values.kind || undefined, page: 1 }),
    onApply: setFilter,
    fieldTargets: { search: 'register-search', kind: 'register-kind' },
  });
  const loaded = register.data;
  const count = loaded?.total ?? 0;
  const pageCount = loaded ? Math.max(1, Math.ceil(loaded.total / loaded.pageSize)) : 1;
  return (
    <>
      <h1>Issued documents</h1>
      <p>
        Every agenda, set of minutes and letter saved from the app is kept here exactly as it was issued. Save one again
        to produce the identical file.
      </p>
      <FormFrame form={form} className="filters" role="search" label="Filter issued documents" footer={false}>
        <TextField
          id="register-search"
          label="Search by household reference, file name or who issued it"
          type="search"
          width="medium"
          maxLength={REGISTER_SEARCH_MAX}
          {...form.bind('search')}
        />
        <SelectField
          id="register-kind"
          label="Kind of document"
          placeholder="Any kind"
          options={KIND_OPTIONS}
          {...form.bind('kind')}
        />
      </FormFrame>
      <p role="status" className="result-count" id="register-count" tabIndex={-1}>
        {loaded
          ? `${pageShownText({ ...loaded, onPage: loaded.documents.length }, { one: 'document', many: 'documents' })}${loaded.total > loaded.pageSize ? ', newest first' : ''}`
          : 'Loading the register…'}
      </p>
      {register.error ? (
        <p className="field-error" role="alert">
          {register.error.message}
        </p>
      ) : null}
      {loaded && loaded.documents.length > 0 ? <RegisterTable documents={loaded.documents} /> : null}
      {loaded && count === 0 ? <p>No issued documents match.</p> : null}
      {loaded ? (
        <Pager
          label="Pages of the register"
          page={page}
          pageCount={pageCount}
          focusId="register-count"
          onPage={(next) => setFilter({ ...filter, page: next })}
        />
      ) : null}
    </>
  );
}
