import { useState } from 'react';
import {
  itemProblems,
  type ActionDraft,
  type AgendaItem,
  type AgreedAction,
  type Meeting,
} from '../../../shared/domain/meeting';
import type { CaseView } from '../../db/caseRows';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { RiskBadge } from '../../ui/RiskBadge';
import { UserText } from '../../ui/UserText';
import { useFormat } from '../../ui/format';
import { ActionForm } from './ActionForm';
import { useMeetingProblems } from './problemText';

/** The changes one case's discussion can make; null when it cannot change. */
export type DiscussionEdits = {
  readonly setText: (text: Partial<Pick<AgendaItem, 'notes' | 'victimViews' | 'viewsReportedBy'>>) => void;
  readonly addAction: (action: ActionDraft) => void;
  readonly updateAction: (id: AgreedAction['id'], action: ActionDraft) => void;
  readonly removeAction: (id: string) => void;
};

type Props = {
  readonly meeting: Meeting;
  readonly item: AgendaItem;
  readonly index: number;
  readonly view: CaseView | undefined;
  readonly edits: DiscussionEdits | null;
};

/** One case at the meeting: notes, the victim's views as reported, and the actions agreed. */
export function CaseDiscussion({ meeting, item, index, view, edits }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const [editing, setEditing] = useState<string | null>(null);
  const p = useMeetingProblems(itemProblems(item));
  const idp = `case-${index}`;

  return (
    <article className="discussion card" aria-labelledby={`${idp}-title`}>
      <header className="discussion-head">
        <h3 id={`${idp}-title`}>
          {index + 1}. {item.reference}
        </h3>
        {view && <UserText text={view.victimName} className="victim" />}
        <RiskBadge level={view?.summary.riskLevel ?? null} />
        <span className="spacer" />
        <a href={`#/cases/${item.caseId}`}>{t('meetings.openCase')}</a>
      </header>
      <Field label={t('meetings.notes')} error={p.of('notes')}>
        <textarea
          rows={4}
          value={item.notes}
          readOnly={!edits}
          onChange={(e) => edits?.setText({ notes: e.target.value })}
        />
      </Field>
      <div className="form-row views-row">
        <Field label={t('meetings.victimViews')} error={p.of('victimViews')}>
          <textarea
            rows={2}
            value={item.victimViews}
            readOnly={!edits}
            onChange={(e) => edits?.setText({ victimViews: e.target.value })}
          />
        </Field>
        <Field label={t('meetings.viewsReportedBy')} error={p.of('viewsReportedBy')}>
          <input
            value={item.viewsReportedBy}
            readOnly={!edits}
            onChange={(e) => edits?.setText({ viewsReportedBy: e.target.value })}
          />
        </Field>
      </div>
      <h4>{t('meetings.actions')}</h4>
      {item.actions.length === 0 ? (
        <p className="muted small">{t('meetings.noActions')}</p>
      ) : (
        <ul className="agreed-actions">
          {item.actions.map((a) =>
            editing === a.id && edits ? (
              <li key={a.id}>
                <ActionForm
                  idPrefix={`${idp}-${a.id}`}
                  meeting={meeting}
                  initial={{ text: a.text, owner: a.owner, ownerPerson: a.ownerPerson, dueOn: a.dueOn }}
                  submitLabel={t('meetings.action.save')}
                  onSave={(d) => {
                    edits.updateAction(a.id, d);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={a.id} className="agreed-action">
                <span className="agreed-text">
                  <UserText text={a.text} />
                </span>
                <span className="muted">
                  {t('meetings.action.line', {
                    owner: a.owner.name,
                    person: a.ownerPerson ? ` · ${a.ownerPerson}` : '',
                    date: fmt.date(a.dueOn),
                  })}
                </span>
                {edits && (
                  <span className="agreed-buttons">
                    <button type="button" className="link" onClick={() => setEditing(a.id)}>
                      {t('meetings.action.edit')}
                    </button>
                    <button
                      type="button"
                      className="link"
                      onClick={() => edits.removeAction(a.id)}
                      aria-label={t('meetings.action.removeNamed', { action: a.text })}
                    >
                      {t('meetings.action.remove')}
                    </button>
                  </span>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {edits && (
        <details className="add-action">
          <summary>{t('meetings.action.add')}</summary>
          <ActionForm
            idPrefix={`${idp}-new`}
            meeting={meeting}
            submitLabel={t('meetings.action.add')}
            onSave={(d) => edits.addAction(d)}
          />
        </details>
      )}
    </article>
  );
}
