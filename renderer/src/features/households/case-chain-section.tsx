import { useState } from 'react';
import { stateWords } from '../../../../shared/domain/chain/step-state';
import { DELAYED_STATES, type ChainStep } from '../../../../shared/schemas/case-chain';
import type { Household } from '../../../../shared/schemas/household';
import { useRead } from '../../api/hooks';
import { DownloadDocument } from '../../components/download-document';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { formatOptionalDate } from '../../format';
import { useSession } from '../auth/session-context';
import { DelayReasonDialog } from './delay-reason-dialog';

function delayText(step: ChainStep): string {
  if (!step.delay) return DELAYED_STATES.has(step.state) ? 'Not recorded' : '';
  return step.delay.note ? `${step.delay.reason}: ${step.delay.note}` : step.delay.reason;
}

/**
 * The household's case chain: every statutory step its cases passed through,
 * in date order, with the rule, due and actual dates, whether it was on time,
 * and for a late or overdue step the reason, which the administrator records.
 */
export function CaseChainSection({ household }: { household: Household }) {
  const { may } = useSession();
  const chain = useRead('households:caseChain', { id: household.id });
  const [explaining, setExplaining] = useState<ChainStep | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mayExplain = may('households:recordDelayReason');
  return (
    <section aria-labelledby="case-chain-heading" className="section">
      <h2 id="case-chain-heading">Case chain</h2>
      <p>Every statutory step of this household’s cases, with the rule it answers to, as at today.</p>
      <NoticeBanner message={notice} />
      {may('documents:issue') ? (
        <DownloadDocument
          label="Download the case chain (DOCX)"
          busyLabel="Making the case chain…"
          kind="case-chain"
          subjectId={household.id}
        />
      ) : null}
      <LoadState query={chain} what="the case chain">
        {(loaded) =>
          loaded.steps.length === 0 ? (
            <p>No statutory steps are recorded for this household yet.</p>
          ) : (
            <>
              <table className="table" aria-label="Case chain">
                <thead>
                  <tr>
                    <th scope="col">Step</th>
                    <th scope="col">Rule</th>
                    <th scope="col">Due</th>
                    <th scope="col">Actual</th>
                    <th scope="col">On time?</th>
                    <th scope="col">Reason for delay</th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.steps.map((step) => (
                    <tr key={step.key} data-state={step.state}>
                      <th scope="row">
                        {step.step}
                        <br />
                        <span className="hint">{step.caseLabel}</span>
                      </th>
                      <td>
                        <strong>{step.rule.reference}</strong>: {step.rule.wording}
                      </td>
                      <td>{formatOptionalDate(step.dueDate, '—')}</td>
                      <td>{formatOptionalDate(step.actualDate, '—')}</td>
                      <td>{stateWords(step.state, step.daysLate)}</td>
                      <td>
                        {delayText(step)}
                        {mayExplain && DELAYED_STATES.has(step.state) ? (
                          <>
                            {' '}
                            <button
                              type="button"
                              className="button button--secondary"
                              aria-label={`${step.delay ? 'Change the reason for delay' : 'Record a reason for delay'}: ${step.step}, ${step.caseLabel}`}
                              onClick={() => {
                                setNotice(null);
                                setExplaining(step);
                              }}
                            >
                              {step.delay ? 'Change reason' : 'Record reason'}
                            </button>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <DelayReasonDialog
                householdId={household.id}
                step={explaining}
                reasons={loaded.delayReasons}
                onClose={() => setExplaining(null)}
                onSaved={(text) => {
                  setExplaining(null);
                  setNotice(text);
                }}
              />
            </>
          )
        }
      </LoadState>
    </section>
  );
}
