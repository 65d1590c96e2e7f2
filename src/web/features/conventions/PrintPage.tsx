import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { ConventionDetail } from '../../../contracts/convention-content';
import { ArticleBody } from '../../ui/ArticleBody';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field } from '../../ui/Field';
import { formatDate } from '../../../contracts/format';
import { formatSiret } from '../../../contracts/siret';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from './ConventionNav';

/** The convention as amended on a date, laid out to print (the site's frame is hidden when printing). */
export function PrintPage() {
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('date');
  const { data: c, error, loading } = useApi<ConventionDetail>(`/api/conventions/${id}${asOf ? `?asOf=${asOf}` : ''}`);
  const [date, setDate] = useState(asOf ?? '');
  usePageTitle(c ? `${c.title} — version au ${formatDate(c.asOf)}` : 'Version imprimable');
  return (
    <>
      <div className="no-print">
        <h1>Version imprimable</h1>
        {id ? <ConventionNav id={id} /> : null}
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setParams(date ? { date } : {});
          }}
        >
          <Field label="Version consolidée au" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <button type="submit">Afficher</button>
          <button type="button" className="button-primary" onClick={() => window.print()}>
            Imprimer
          </button>
        </form>
      </div>
      <ErrorMessage error={error} />
      {loading && !c ? <Loading /> : null}
      {c ? (
        <div className="print-document">
          <h2 className="print-title">{c.title}</h2>
          <p className="print-version">
            Version consolidée au {formatDate(c.asOf)}
            {c.amendmentsInEffect.length > 0
              ? `, intégrant ${c.amendmentsInEffect.map((a) => `l'avenant n° ${a.number} du ${formatDate(a.effectiveOn)}`).join(', ')}`
              : ', sans avenant'}
            .
          </p>
          {c.parties.map((p, i) => (
            <p key={p.organisation.id}>
              {i === 0 ? 'Entre ' : 'Et '}
              <strong>{p.organisation.name}</strong>
              {p.organisation.address ? `, dont le siège est ${p.organisation.address}` : ''}, SIRET{' '}
              {formatSiret(p.organisation.siret)}
              {p.representation ? `. ${p.representation}` : ''}
              {p.designation ? ` Ci-après désigné ${p.designation}.` : ''}
            </p>
          ))}
          {c.legalBases.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
          {c.preamble ? (
            <>
              <h3>Préambule</h3>
              <ArticleBody body={c.preamble} />
            </>
          ) : null}
          {c.articles.map((a) => (
            <section key={a.number}>
              <h3>
                Article {a.number} : {a.title}
              </h3>
              <ArticleBody body={a.body} />
            </section>
          ))}
          <p>
            Fait à {c.signaturePlace ?? '…'}, le {formatDate(c.signatureDate, '…')}
          </p>
          <div className="signatures">
            {c.parties
              .filter((p) => p.signatories.length > 0)
              .map((p) => (
                <div key={p.organisation.id}>
                  <p>Pour {p.organisation.name},</p>
                  {p.signatories.map((s) => (
                    <p key={s.fullName}>
                      {s.title}
                      <br />
                      {s.fullName}
                    </p>
                  ))}
                </div>
              ))}
          </div>
        </div>
      ) : null}
    </>
  );
}
