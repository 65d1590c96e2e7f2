import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { ConventionDetail } from '../../../contracts/convention-content';
import { api, ApiError } from '../../app/api';
import { ArticleBody } from '../../ui/ArticleBody';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field } from '../../ui/Field';
import { formatDate } from '../../../contracts/format';
import { formatSiret } from '../../../contracts/siret';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from './ConventionNav';
import { StatusBadge } from './ConventionsPage';

const partyRoleLabels = { department: 'Département', landlord: 'Bailleur', controller: 'Contrôle' } as const;

/** The convention: header, parties, legal bases, preamble and every article, as amended on a date. */
export function ConventionPage() {
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('date');
  const {
    data: c,
    error,
    loading,
    reload,
  } = useApi<ConventionDetail>(`/api/conventions/${id}${asOf ? `?asOf=${asOf}` : ''}`);
  usePageTitle(c ? c.title : 'Convention');
  const { hash } = useLocation();
  // A link to an article (#article-2) scrolls to it once the text has arrived.
  useEffect(() => {
    if (c && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [c, hash]);
  if (loading && !c) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!c) return null;
  return (
    <article>
      <h1>{c.title}</h1>
      <ConventionNav id={c.id} />
      <p>
        <StatusBadge status={c.status} /> {asOf ? <span className="muted">(état au {formatDate(c.asOf)})</span> : null}
      </p>
      <AsOfForm asOf={asOf} onChange={(date) => setParams(date ? { date } : {})} />
      {c.pendingTermination ? (
        <div className="alert alert-error" role="status">
          Mise en demeure envoyée le {formatDate(c.pendingTermination.sentOn)} par{' '}
          {c.pendingTermination.sendingOrganisationName} : résiliation possible à partir du{' '}
          {formatDate(c.pendingTermination.earliestEffectiveOn)}.{' '}
          <Link to={`/conventions/${c.id}/resiliation`}>Voir la résiliation</Link>
        </div>
      ) : null}

      <section aria-labelledby="titre-en-tete">
        <h2 id="titre-en-tete">En-tête</h2>
        <dl className="facts">
          <div>
            <dt>Période</dt>
            <dd>
              du {formatDate(c.periodStart)} au {formatDate(c.periodEnd)}
            </dd>
          </div>
          <div>
            <dt>Lieu de signature</dt>
            <dd>{c.signaturePlace ?? 'non renseigné'}</dd>
          </div>
          <div>
            <dt>Date de signature</dt>
            <dd>{formatDate(c.signatureDate)}</dd>
          </div>
          <div>
            <dt>Juridiction compétente</dt>
            <dd>{c.jurisdiction}</dd>
          </div>
          {c.terminatedOn ? (
            <div>
              <dt>Résiliation effective</dt>
              <dd>{formatDate(c.terminatedOn)}</dd>
            </div>
          ) : null}
          {c.previousConvention ? (
            <div>
              <dt>Convention précédente</dt>
              <dd>
                <Link to={`/conventions/${c.previousConvention.id}`}>
                  {formatDate(c.previousConvention.periodStart)} – {formatDate(c.previousConvention.periodEnd)}
                </Link>
                , signée le {formatDate(c.previousConvention.signatureDate)}
                {c.previousConvention.reviewArticle ? (
                  <>
                    {' '}
                    — bilan :{' '}
                    <a href={`#article-${c.previousConvention.reviewArticle}`}>
                      article {c.previousConvention.reviewArticle}
                    </a>
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
        </dl>
        {c.amendmentsInEffect.length > 0 ? (
          <p>
            Modifiée par{' '}
            {c.amendmentsInEffect.map((a, i) => (
              <span key={a.id}>
                {i > 0 ? ', ' : ''}l'avenant n° {a.number} (en vigueur le {formatDate(a.effectiveOn)})
              </span>
            ))}
            . <Link to={`/conventions/${c.id}/avenants`}>Historique des avenants</Link>
          </p>
        ) : null}
        {c.can.recordSignature && !c.signatureDate ? (
          <SignatureForm conventionId={c.id} place={c.signaturePlace} onSaved={reload} />
        ) : null}
      </section>

      <section aria-labelledby="titre-parties">
        <h2 id="titre-parties">Parties</h2>
        <ul className="cards">
          {c.parties.map((p) => (
            <li key={p.organisation.id} className="card">
              <h3>{p.organisation.name}</h3>
              <p>
                {partyRoleLabels[p.partyRole]}
                {p.designation ? `, ci-après désigné ${p.designation}` : ''}
              </p>
              <dl className="facts">
                <div>
                  <dt>SIRET</dt>
                  <dd>{formatSiret(p.organisation.siret)}</dd>
                </div>
                {p.organisation.address ? (
                  <div>
                    <dt>Siège</dt>
                    <dd>{p.organisation.address}</dd>
                  </div>
                ) : null}
              </dl>
              {p.representation ? <p className="representation">{p.representation}</p> : null}
              {p.signatories.length > 0 ? (
                <>
                  <h4>Signataires</h4>
                  <ul>
                    {p.signatories.map((s) => (
                      <li key={s.fullName}>
                        {s.fullName}, {s.title}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {c.articles.length > 0 ? <ConventionText c={c} /> : null}
    </article>
  );
}

function ConventionText({ c }: { c: ConventionDetail }) {
  return (
    <>
      <nav aria-labelledby="titre-sommaire" className="panel toc">
        <h2 id="titre-sommaire">Sommaire</h2>
        <ol>
          {c.legalBases.length > 0 ? (
            <li>
              <a href="#visas">Visas</a>
            </li>
          ) : null}
          {c.preamble ? (
            <li>
              <a href="#preambule">Préambule</a>
            </li>
          ) : null}
          {c.articles.map((a) => (
            <li key={a.number}>
              <a href={`#article-${a.number}`}>
                Article {a.number} : {a.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {c.legalBases.length > 0 ? (
        <section id="visas" aria-labelledby="titre-visas">
          <h2 id="titre-visas">Visas</h2>
          <ul>
            {c.legalBases.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {c.preamble ? (
        <section id="preambule" aria-labelledby="titre-preambule">
          <h2 id="titre-preambule">Préambule</h2>
          <ArticleBody body={c.preamble} />
        </section>
      ) : null}
      {c.articles.map((a) => (
        <section
          key={a.number}
          id={`article-${a.number}`}
          aria-labelledby={`titre-article-${a.number}`}
          className="article"
        >
          <h2 id={`titre-article-${a.number}`}>
            Article {a.number} : {a.title}
          </h2>
          {a.number === '2' ? (
            <p>
              <Link to={`/conventions/${c.id}/objectifs`}>Suivre les objectifs et engagements de l'article 2</Link>
            </p>
          ) : null}
          <ArticleBody body={a.body} />
        </section>
      ))}
    </>
  );
}

function AsOfForm({ asOf, onChange }: { asOf: string | null; onChange(date: string | null): void }) {
  const [date, setDate] = useState(asOf ?? '');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(date || null);
      }}
    >
      <Field
        label="Lire la convention telle que modifiée au"
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      <button type="submit">Afficher</button>
      {asOf ? (
        <button
          type="button"
          onClick={() => {
            setDate('');
            onChange(null);
          }}
        >
          Aujourd'hui
        </button>
      ) : null}
    </form>
  );
}

function SignatureForm({
  conventionId,
  place,
  onSaved,
}: {
  conventionId: string;
  place: string | null;
  onSaved(): void;
}) {
  const [signatureDate, setDate] = useState('');
  const [signaturePlace, setPlace] = useState(place ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api('PUT', `/api/conventions/${conventionId}/signature`, { signatureDate, signaturePlace });
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="titre-signature" noValidate>
      <h3 id="titre-signature">Enregistrer la signature</h3>
      <p>La date de signature n'est pas renseignée : tant qu'elle manque, la convention reste au statut de projet.</p>
      {saved ? <StatusMessage>Signature enregistrée.</StatusMessage> : null}
      <ErrorMessage error={error} />
      <Field
        label="Date de signature"
        type="date"
        required
        value={signatureDate}
        onChange={(e) => setDate(e.target.value)}
        error={error?.fieldMessage('signatureDate')}
      />
      <Field
        label="Lieu de signature"
        required
        value={signaturePlace}
        onChange={(e) => setPlace(e.target.value)}
        error={error?.fieldMessage('signaturePlace')}
      />
      <button type="submit" className="button-primary">
        Enregistrer la signature
      </button>
    </form>
  );
}
