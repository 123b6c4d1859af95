import { useState } from 'react';
import { DOCUMENT_KIND_LABELS, DocumentKind } from '../../../../shared/contract/documents';
import { useRead } from '../../api/hooks';
import { SelectField, TextField } from '../../components/fields';
import { usePageTitle } from '../../components/use-page-title';
import { Pager, pageShownText } from '../../components/pager';
import { RegisterTable } from './register-table';

const KIND_OPTIONS = DocumentKind.options.map((value) => ({ value, label: DOCUMENT_KIND_LABELS[value] }));

/** Every document the app has issued, kept byte for byte, so the exact letter sent can be produced again. */
export function RegisterPage() {
  usePageTitle('Issued documents');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [page, setPage] = useState(1);
  const register = useRead('documents:register', {
    search: search.trim() || undefined,
    kind: kind || undefined,
    page,
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
      <form className="filters" role="search" aria-label="Filter issued documents" onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="register-search"
          label="Search by household reference, file name or who issued it"
          type="search"
          width="medium"
          value={search}
          onChange={(value) => {
            setSearch(value);
            setPage(1);
          }}
        />
        <SelectField
          id="register-kind"
          label="Kind of document"
          placeholder="Any kind"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(value) => {
            setKind(value);
            setPage(1);
          }}
        />
      </form>
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
          onPage={setPage}
        />
      ) : null}
    </>
  );
}
