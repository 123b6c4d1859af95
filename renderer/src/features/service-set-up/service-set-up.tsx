import { useEffect, useRef, useState } from 'react';
import type { SettingsView } from '../../../../shared/schemas/settings';
import { useNavigate } from 'react-router';
import { useRead, useWrite } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { QuorumStep } from './quorum-step';
import { ServiceDetailsStep } from './service-details-step';
import { SittingPatternStep } from './sitting-pattern-step';

const STEPS = ['Your service and letterhead', 'When the panel usually sits', 'Quorum'] as const;

/** Where the administrator goes once the service is set up: bringing in the central list and households. */
export const AFTER_SET_UP = '/import';

/**
 * The service's own set-up after the first account: three short steps, each
 * its own form saved through `settings:update`, then `setup:finish`. "Set up
 * later" puts it off; a dashboard entry brings the administrator back here.
 */
export function ServiceSetUp() {
  usePageTitle('Set up your fostering service');
  const settings = useRead('settings:get', {});
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const later = useWrite('setup:later');
  const finish = useWrite('setup:finish');
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Each new step is announced by moving focus to its heading (not on the first, which the page title covers).
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);
  // The version each step saved: the next step saves against it even before the settings read is refetched.
  const [savedVersion, setSavedVersion] = useState(0);
  const next = (saved?: SettingsView) => {
    if (saved) setSavedVersion(saved.version);
    if (step < STEPS.length - 1) setStep(step + 1);
    else
      finish.mutate(
        {},
        {
          onSuccess: () =>
            void navigate(AFTER_SET_UP, {
              state: { notice: 'The service is set up. Next, bring in the central list and households.' },
            }),
        },
      );
  };
  return (
    <>
      <h1>Set up your fostering service</h1>
      <p>
        A few details used on every agenda, set of minutes and letter. You can change any of them later in Settings.
      </p>
      <h2 id="setup-step-heading" ref={heading} tabIndex={-1}>
        Step {step + 1} of {STEPS.length}: {STEPS[step]}
      </h2>
      <LoadState query={settings} what="the settings">
        {(read) => {
          const data = read.version >= savedVersion ? read : { ...read, version: savedVersion };
          return step === 0 ? (
            <ServiceDetailsStep settings={data} onDone={next} />
          ) : step === 1 ? (
            <SittingPatternStep settings={data} onDone={next} onSkip={() => next()} />
          ) : (
            <QuorumStep settings={data} onDone={next} />
          );
        }}
      </LoadState>
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={later.isPending}
          onClick={() => later.mutate({}, { onSuccess: () => void navigate('/dashboard') })}
        >
          Set up later
        </button>
      </p>
    </>
  );
}
